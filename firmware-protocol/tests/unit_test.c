/**
 * @file unit_test.c
 * @brief Properties of bcr_protocol.h that vectors do not pin down: packing per MTU,
 * UUID byte order, encoder refusals, round trips of pseudo-random values, and
 * decoders fed random bytes of every length (run under AddressSanitizer and
 * UndefinedBehaviorSanitizer when the compiler has them, so an out-of-bounds read fails).
 */

#include "bcr_protocol.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

//------------------------------------------------------------------------------
// Definitions

static int failures = 0;
static int checks = 0;

#define CHECK(condition)                                                         \
    do {                                                                         \
        checks++;                                                                \
        if (!(condition)) {                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
            failures++;                                                          \
        }                                                                        \
    } while (0)

// xorshift32: deterministic pseudo-random bytes, the same on every machine.
static uint32_t randomState = 0x12345678u;

static uint32_t NextRandom(void) {
    randomState ^= randomState << 13;
    randomState ^= randomState >> 17;
    randomState ^= randomState << 5;
    return randomState;
}

static uint8_t NextByte(void) {
    return (uint8_t) (NextRandom() & 0xFFu);
}

//------------------------------------------------------------------------------
// Functions - tests

static void TestSamplesForMtu(void) {
    CHECK(BcrImuSamplesForMtu(22) == 0); // 19-byte payload: no room for header + one sample
    CHECK(BcrImuSamplesForMtu(BCR_DEFAULT_ATT_MTU) == 1);
    CHECK(BcrImuSamplesForMtu(34) == 1);
    CHECK(BcrImuSamplesForMtu(35) == 2);
    CHECK(BcrImuSamplesForMtu(185) == 14); // iOS's usual MTU
    CHECK(BcrImuSamplesForMtu(191) == 15);
    CHECK(BcrImuSamplesForMtu(BCR_PREFERRED_ATT_MTU) == BCR_IMU_MAX_SAMPLES);
    CHECK(BcrImuSamplesForMtu(517) == BCR_IMU_MAX_SAMPLES);
    CHECK(BcrImuPacketSize(1) == 20);
    CHECK(BcrImuPacketSize(BCR_IMU_MAX_SAMPLES) == BCR_IMU_MAX_PACKET_SIZE);
    CHECK(BCR_IMU_MAX_PACKET_SIZE == 188);
}

static void CheckUuid(const char *const text, const uint8_t bytes[16]) {
    // The string is most significant byte first; the byte array is least significant first.
    char digits[33];
    size_t count = 0;
    for (const char *cursor = text; *cursor != '\0'; cursor++) {
        if ((*cursor != '-') && (count < 32)) {
            digits[count++] = *cursor;
        }
    }
    digits[count] = '\0';
    CHECK(count == 32);
    for (size_t index = 0; index < 16; index++) {
        const char pair[3] = {digits[2 * index], digits[2 * index + 1], '\0'};
        CHECK((uint8_t) strtoul(pair, NULL, 16) == bytes[15 - index]);
    }
}

static void TestUuidBytes(void) {
    const uint8_t service[16] = BCR_SERVICE_UUID_BYTES;
    const uint8_t imu[16] = BCR_IMU_DATA_UUID_BYTES;
    const uint8_t configuration[16] = BCR_CONFIGURATION_UUID_BYTES;
    const uint8_t control[16] = BCR_CONTROL_POINT_UUID_BYTES;
    const uint8_t status[16] = BCR_STATUS_UUID_BYTES;
    CheckUuid(BCR_SERVICE_UUID, service);
    CheckUuid(BCR_IMU_DATA_UUID, imu);
    CheckUuid(BCR_CONFIGURATION_UUID, configuration);
    CheckUuid(BCR_CONTROL_POINT_UUID, control);
    CheckUuid(BCR_STATUS_UUID, status);
}

static BcrImuPacket RandomPacket(void) {
    BcrImuPacket packet;
    memset(&packet, 0, sizeof(packet));
    packet.version = BCR_PROTOCOL_VERSION_MAJOR;
    packet.flags = NextByte();
    packet.sequence = (uint16_t) NextRandom();
    packet.timestampMicroseconds = NextRandom();
    packet.sampleCount = (uint8_t) (1u + NextRandom() % BCR_IMU_MAX_SAMPLES);
    for (uint8_t index = 0; index < packet.sampleCount; index++) {
        for (int axis = 0; axis < 3; axis++) {
            packet.samples[index].accelerometer[axis] = BcrReadInt16((const uint8_t[]) {NextByte(), NextByte()});
            packet.samples[index].gyroscope[axis] = BcrReadInt16((const uint8_t[]) {NextByte(), NextByte()});
        }
    }
    return packet;
}

static void TestImuRoundTrip(void) {
    for (int iteration = 0; iteration < 10000; iteration++) {
        const BcrImuPacket packet = RandomPacket();
        uint8_t buffer[BCR_IMU_MAX_PACKET_SIZE];
        const size_t size = BcrImuPacketEncode(&packet, buffer, sizeof(buffer));
        CHECK(size == BcrImuPacketSize(packet.sampleCount));
        BcrImuPacket decoded;
        CHECK(BcrImuPacketDecode(buffer, size, &decoded) == BcrDecodeStatusOk);
        CHECK(memcmp(&decoded, &packet, sizeof(packet)) == 0);
        // Every proper prefix is refused, and the output is zeroed.
        const size_t cut = (size_t) (NextRandom() % size);
        const BcrDecodeStatus status = BcrImuPacketDecode(buffer, cut, &decoded);
        CHECK((status == BcrDecodeStatusTooShort) || (status == BcrDecodeStatusTruncated));
        CHECK(decoded.sampleCount == 0);
    }
}

static void TestImuEncoderRefusals(void) {
    BcrImuPacket packet = RandomPacket();
    packet.sampleCount = 2;
    uint8_t buffer[BCR_IMU_MAX_PACKET_SIZE + 1];
    CHECK(BcrImuPacketEncode(&packet, buffer, BcrImuPacketSize(2) - 1) == 0);
    CHECK(BcrImuPacketEncode(&packet, buffer, BcrImuPacketSize(2)) == BcrImuPacketSize(2));
    packet.sampleCount = 0;
    CHECK(BcrImuPacketEncode(&packet, buffer, sizeof(buffer)) == 0);
    packet.sampleCount = BCR_IMU_MAX_SAMPLES + 1;
    CHECK(BcrImuPacketEncode(&packet, buffer, sizeof(buffer)) == 0);
}

static void TestConfigurationRoundTrip(void) {
    BcrDeviceConfiguration configuration;
    memset(&configuration, 0, sizeof(configuration));
    configuration.protocolMajor = BCR_PROTOCOL_VERSION_MAJOR;
    configuration.protocolMinor = BCR_PROTOCOL_VERSION_MINOR;
    configuration.sampleRateHz = BCR_DEFAULT_SAMPLE_RATE_HZ;
    configuration.accelerometerFullScaleG = 4;
    configuration.gyroscopeFullScaleDps = 500;
    configuration.accelerometerLsbScale = 4.0f * 9.80665f / 32768.0f;
    configuration.gyroscopeLsbScale = 500.0f / 32768.0f * 3.14159265f / 180.0f;
    configuration.axisConvention = BcrAxisConventionRollerX;
    configuration.rollerDiameterMillimetres = 150;
    configuration.capabilities = BCR_CAPABILITY_HAPTIC;
    uint8_t buffer[BCR_CONFIGURATION_SIZE];
    CHECK(BcrDeviceConfigurationEncode(&configuration, buffer, sizeof(buffer) - 1) == 0);
    CHECK(BcrDeviceConfigurationEncode(&configuration, buffer, sizeof(buffer)) == BCR_CONFIGURATION_SIZE);
    BcrDeviceConfiguration decoded;
    CHECK(BcrDeviceConfigurationDecode(buffer, sizeof(buffer), &decoded) == BcrDecodeStatusOk);
    CHECK(memcmp(&decoded, &configuration, sizeof(decoded)) == 0);
    configuration.sampleRateHz = 0;
    CHECK(BcrDeviceConfigurationEncode(&configuration, buffer, sizeof(buffer)) == 0);
}

static void TestCommandRoundTrip(void) {
    const uint8_t opcodes[] = {BcrControlOpcodeStartStreaming, BcrControlOpcodeStopStreaming, BcrControlOpcodeSetSampleRate,
                               BcrControlOpcodeZeroGyro, BcrControlOpcodeIdentify, BcrControlOpcodeHapticPulse};
    for (size_t index = 0; index < sizeof(opcodes); index++) {
        BcrControlCommand command;
        memset(&command, 0, sizeof(command));
        command.opcode = opcodes[index];
        command.token = (uint8_t) index;
        command.sampleRateHz = command.opcode == BcrControlOpcodeSetSampleRate ? 400 : 0;
        command.zeroGyroMilliseconds = command.opcode == BcrControlOpcodeZeroGyro ? 1500 : 0;
        command.identifySeconds = command.opcode == BcrControlOpcodeIdentify ? 5 : 0;
        if (command.opcode == BcrControlOpcodeHapticPulse) {
            command.haptic.intensityPercent = 80;
            command.haptic.pulseCount = 2;
            command.haptic.onMilliseconds = 120;
            command.haptic.offMilliseconds = 60;
        }
        uint8_t buffer[BCR_COMMAND_MAX_SIZE];
        const size_t size = BcrControlCommandEncode(&command, buffer, sizeof(buffer));
        CHECK(size == (size_t) (BCR_COMMAND_HEADER_SIZE + BcrControlParametersSize(command.opcode)));
        CHECK(BcrControlCommandEncode(&command, buffer, size - 1) == 0);
        BcrControlCommand decoded;
        CHECK(BcrControlCommandDecode(buffer, size, &decoded) == BcrDecodeStatusOk);
        CHECK(memcmp(&decoded, &command, sizeof(decoded)) == 0);
    }
    // A parameter of another opcode is refused, so a decoded command compares equal to its encoding.
    BcrControlCommand command;
    memset(&command, 0, sizeof(command));
    command.opcode = BcrControlOpcodeStartStreaming;
    command.sampleRateHz = 100;
    uint8_t buffer[BCR_COMMAND_MAX_SIZE];
    CHECK(BcrControlCommandEncode(&command, buffer, sizeof(buffer)) == 0);
    CHECK(BcrControlResultForDecodeStatus(BcrDecodeStatusUnknownOpcode) == BcrControlResultOpcodeNotSupported);
    CHECK(BcrControlResultForDecodeStatus(BcrDecodeStatusTooShort) == BcrControlResultInvalidParameter);
    CHECK(BcrControlResultForDecodeStatus(BcrDecodeStatusOk) == BcrControlResultSuccess);
}

static void TestStatusRoundTrip(void) {
    BcrDeviceStatus status;
    status.batteryPercent = 42;
    status.flags = BCR_STATUS_FLAG_STREAMING | BCR_STATUS_FLAG_SENSOR_FAULT;
    status.sensorFault = BcrSensorFaultSelfTestFailed;
    status.droppedSamples = 1234;
    uint8_t buffer[BCR_STATUS_SIZE];
    CHECK(BcrDeviceStatusEncode(&status, buffer, sizeof(buffer) - 1) == 0);
    CHECK(BcrDeviceStatusEncode(&status, buffer, sizeof(buffer)) == BCR_STATUS_SIZE);
    BcrDeviceStatus decoded;
    CHECK(BcrDeviceStatusDecode(buffer, sizeof(buffer), &decoded) == BcrDecodeStatusOk);
    CHECK((decoded.batteryPercent == 42) && (decoded.flags == status.flags) && (decoded.sensorFault == status.sensorFault) &&
          (decoded.droppedSamples == 1234));
    BcrControlResponse response = {BcrControlOpcodeZeroGyro, 9, BcrControlResultNotStill};
    uint8_t responseBuffer[BCR_RESPONSE_SIZE];
    CHECK(BcrControlResponseEncode(&response, responseBuffer, sizeof(responseBuffer) - 1) == 0);
    CHECK(BcrControlResponseEncode(&response, responseBuffer, sizeof(responseBuffer)) == BCR_RESPONSE_SIZE);
    BcrControlResponse decodedResponse;
    CHECK(BcrControlResponseDecode(responseBuffer, sizeof(responseBuffer), &decodedResponse) == BcrDecodeStatusOk);
    CHECK(memcmp(&decodedResponse, &response, sizeof(response)) == 0);
}

static void TestRandomBytesNeverReadPastLength(void) {
    // Each input lives in a heap block of exactly its length, so AddressSanitizer
    // reports any read past it. Statuses are only checked to be in range.
    for (int iteration = 0; iteration < 20000; iteration++) {
        const size_t length = (size_t) (NextRandom() % (BCR_IMU_MAX_PACKET_SIZE + 8));
        uint8_t *const input = (uint8_t *) malloc(length == 0 ? 1 : length);
        CHECK(input != NULL);
        if (input == NULL) {
            return;
        }
        for (size_t index = 0; index < length; index++) {
            input[index] = NextByte();
        }
        if ((length > 0) && (NextRandom() % 2 == 0)) {
            input[0] = (uint8_t) ((BCR_PROTOCOL_VERSION_MAJOR << BCR_IMU_VERSION_SHIFT) | (input[0] & BCR_IMU_COUNT_MASK));
        }
        BcrImuPacket packet;
        BcrDeviceConfiguration configuration;
        BcrControlCommand command;
        BcrControlResponse response;
        BcrDeviceStatus status;
        CHECK(BcrImuPacketDecode(input, length, &packet) <= BcrDecodeStatusInvalidValue);
        CHECK(BcrDeviceConfigurationDecode(input, length, &configuration) <= BcrDecodeStatusInvalidValue);
        CHECK(BcrControlCommandDecode(input, length, &command) <= BcrDecodeStatusInvalidValue);
        CHECK(BcrControlResponseDecode(input, length, &response) <= BcrDecodeStatusInvalidValue);
        CHECK(BcrDeviceStatusDecode(input, length, &status) <= BcrDecodeStatusInvalidValue);
        free(input);
    }
}

int main(void) {
    TestSamplesForMtu();
    TestUuidBytes();
    TestImuRoundTrip();
    TestImuEncoderRefusals();
    TestConfigurationRoundTrip();
    TestCommandRoundTrip();
    TestStatusRoundTrip();
    TestRandomBytesNeverReadPastLength();
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}

//------------------------------------------------------------------------------
// End of file
