/**
 * @file bcr_protocol.h
 * @brief BackCareRoller BLE protocol 1.0: layout constants and the encoders and
 * decoders of every characteristic value (SPEC.md). Header-only C99, no heap, no
 * global state; drop it into a firmware project and include it.
 *
 * All multi-byte fields are little-endian (Bluetooth byte order). Every decoder
 * checks the length first and returns a BcrDecodeStatus; on any status other
 * than BcrDecodeStatusOk the output structure is zeroed, so a caller can never
 * use a half-decoded value. Every encoder returns the number of bytes written,
 * or 0 if the destination is too small or a field is outside its valid range.
 *
 * The names here match BackCareRoller.Protocol (C#) one to one: BCR_IMU_HEADER_SIZE
 * is PacketLayout.ImuHeaderSize, BcrControlOpcodeZeroGyro is ControlOpcode.ZeroGyro,
 * BCR_IMU_FLAG_OVERRUN is ImuPacketFlags.Overrun. A C# test checks it.
 */

#ifndef BCR_PROTOCOL_H
#define BCR_PROTOCOL_H

#ifdef __cplusplus
extern "C" {
#endif

//------------------------------------------------------------------------------
// Includes

#include <stddef.h>
#include <stdint.h>
#include <string.h>

//------------------------------------------------------------------------------
// Definitions - versions and identifiers (SPEC.md sections 2, 3 and 9)

#define BCR_PROTOCOL_VERSION_MAJOR 1 // breaking changes only; hosts reject any other major
#define BCR_PROTOCOL_VERSION_MINOR 0 // additive changes only (SPEC.md section 9)

#define BCR_ADVERTISED_NAME_PREFIX "BCR-" // complete local name is "BCR-" + 4 upper-case hex digits

#define BCR_SERVICE_UUID "8e4b1000-3c6f-4d2a-9f15-7a0c2e9b5d41"
#define BCR_IMU_DATA_UUID "8e4b1001-3c6f-4d2a-9f15-7a0c2e9b5d41"
#define BCR_CONFIGURATION_UUID "8e4b1002-3c6f-4d2a-9f15-7a0c2e9b5d41"
#define BCR_CONTROL_POINT_UUID "8e4b1003-3c6f-4d2a-9f15-7a0c2e9b5d41"
#define BCR_STATUS_UUID "8e4b1004-3c6f-4d2a-9f15-7a0c2e9b5d41"

// The same UUIDs as the 16 bytes a BLE stack takes (least significant byte first).
#define BCR_SERVICE_UUID_BYTES \
    { 0x41, 0x5d, 0x9b, 0x2e, 0x0c, 0x7a, 0x15, 0x9f, 0x2a, 0x4d, 0x6f, 0x3c, 0x00, 0x10, 0x4b, 0x8e }
#define BCR_IMU_DATA_UUID_BYTES \
    { 0x41, 0x5d, 0x9b, 0x2e, 0x0c, 0x7a, 0x15, 0x9f, 0x2a, 0x4d, 0x6f, 0x3c, 0x01, 0x10, 0x4b, 0x8e }
#define BCR_CONFIGURATION_UUID_BYTES \
    { 0x41, 0x5d, 0x9b, 0x2e, 0x0c, 0x7a, 0x15, 0x9f, 0x2a, 0x4d, 0x6f, 0x3c, 0x02, 0x10, 0x4b, 0x8e }
#define BCR_CONTROL_POINT_UUID_BYTES \
    { 0x41, 0x5d, 0x9b, 0x2e, 0x0c, 0x7a, 0x15, 0x9f, 0x2a, 0x4d, 0x6f, 0x3c, 0x03, 0x10, 0x4b, 0x8e }
#define BCR_STATUS_UUID_BYTES \
    { 0x41, 0x5d, 0x9b, 0x2e, 0x0c, 0x7a, 0x15, 0x9f, 0x2a, 0x4d, 0x6f, 0x3c, 0x04, 0x10, 0x4b, 0x8e }

// Bluetooth SIG 16-bit UUIDs of the standard services and characteristics the roller also exposes.
#define BCR_DEVICE_INFORMATION_SERVICE_UUID 0x180A
#define BCR_MANUFACTURER_NAME_UUID 0x2A29
#define BCR_MODEL_NUMBER_UUID 0x2A24
#define BCR_SERIAL_NUMBER_UUID 0x2A25
#define BCR_HARDWARE_REVISION_UUID 0x2A27
#define BCR_FIRMWARE_REVISION_UUID 0x2A26
#define BCR_BATTERY_SERVICE_UUID 0x180F
#define BCR_BATTERY_LEVEL_UUID 0x2A19

//------------------------------------------------------------------------------
// Definitions - ATT sizes (Bluetooth Core Specification, Vol 3, Part F)

#define BCR_DEFAULT_ATT_MTU 23 // bytes; every connection starts here
#define BCR_ATT_NOTIFICATION_OVERHEAD 3 // bytes; opcode + handle, so a value may be MTU - 3 bytes
#define BCR_PREFERRED_ATT_MTU 247 // bytes; what the device asks for (fits one LL packet with DLE)

//------------------------------------------------------------------------------
// Definitions - IMU data packet (SPEC.md section 4)

#define BCR_IMU_HEADER_SIZE 8 // bytes
#define BCR_IMU_SAMPLE_SIZE 12 // bytes; six int16
#define BCR_IMU_MAX_SAMPLES 15 // the count field is 4 bits wide
#define BCR_IMU_MAX_PACKET_SIZE (BCR_IMU_HEADER_SIZE + BCR_IMU_MAX_SAMPLES * BCR_IMU_SAMPLE_SIZE) // 188 bytes

#define BCR_IMU_OFFSET_VERSION_COUNT 0 // u8: version (bits 7..4) | sample count (bits 3..0)
#define BCR_IMU_OFFSET_FLAGS 1 // u8: BCR_IMU_FLAG_*
#define BCR_IMU_OFFSET_SEQUENCE 2 // u16: packet sequence number
#define BCR_IMU_OFFSET_TIMESTAMP 4 // u32: µs, device clock, first sample
#define BCR_IMU_OFFSET_SAMPLES 8 // first sample

#define BCR_IMU_VERSION_SHIFT 4
#define BCR_IMU_COUNT_MASK 0x0F

#define BCR_SAMPLE_OFFSET_ACCEL_X 0 // int16, accelerometer LSB
#define BCR_SAMPLE_OFFSET_ACCEL_Y 2
#define BCR_SAMPLE_OFFSET_ACCEL_Z 4
#define BCR_SAMPLE_OFFSET_GYRO_X 6 // int16, gyroscope LSB
#define BCR_SAMPLE_OFFSET_GYRO_Y 8
#define BCR_SAMPLE_OFFSET_GYRO_Z 10

#define BCR_IMU_FLAG_STREAM_START 0x01 // first packet after streaming (re)started; sequence is 0
#define BCR_IMU_FLAG_OVERRUN 0x02 // the device dropped samples just before this packet's first one
#define BCR_IMU_FLAG_SATURATED 0x04 // at least one value in this packet is at its full-scale limit
#define BCR_IMU_KNOWN_FLAGS_MASK 0x07 // flags defined in 1.0; hosts ignore the others

#define BCR_IMU_MAX_LATENCY_MS 50 // ms; a packet leaves at most this long after its first sample

//------------------------------------------------------------------------------
// Definitions - device configuration characteristic (SPEC.md section 5)

#define BCR_CONFIGURATION_SIZE 24 // bytes in 1.0; later minors may append fields
#define BCR_CONFIGURATION_OFFSET_PROTOCOL_MAJOR 0 // u8
#define BCR_CONFIGURATION_OFFSET_PROTOCOL_MINOR 1 // u8
#define BCR_CONFIGURATION_OFFSET_FIRMWARE_MAJOR 2 // u8
#define BCR_CONFIGURATION_OFFSET_FIRMWARE_MINOR 3 // u8
#define BCR_CONFIGURATION_OFFSET_FIRMWARE_PATCH 4 // u16
#define BCR_CONFIGURATION_OFFSET_SAMPLE_RATE 6 // u16, Hz
#define BCR_CONFIGURATION_OFFSET_ACCEL_FULL_SCALE 8 // u8, g
#define BCR_CONFIGURATION_OFFSET_AXIS_CONVENTION 9 // u8, BcrAxisConvention
#define BCR_CONFIGURATION_OFFSET_GYRO_FULL_SCALE 10 // u16, degrees per second
#define BCR_CONFIGURATION_OFFSET_ACCEL_LSB_SCALE 12 // float32, m/s² per LSB
#define BCR_CONFIGURATION_OFFSET_GYRO_LSB_SCALE 16 // float32, rad/s per LSB
#define BCR_CONFIGURATION_OFFSET_ROLLER_DIAMETER 20 // u16, mm
#define BCR_CONFIGURATION_OFFSET_SENSOR_OFFSET 22 // u8, mm from the roller axis
#define BCR_CONFIGURATION_OFFSET_CAPABILITIES 23 // u8, BCR_CAPABILITY_*

#define BCR_SAMPLE_RATE_MIN_HZ 1
#define BCR_SAMPLE_RATE_MAX_HZ 1000
#define BCR_DEFAULT_SAMPLE_RATE_HZ 100

#define BCR_CAPABILITY_HAPTIC 0x01 // a vibration motor answers BcrControlOpcodeHapticPulse
#define BCR_CAPABILITY_CHARGER 0x02 // the status flags report charging and external power
#define BCR_CAPABILITY_IDENTIFY_LED 0x04 // an LED answers BcrControlOpcodeIdentify (else the motor does)

//------------------------------------------------------------------------------
// Definitions - control point (SPEC.md section 6)

#define BCR_COMMAND_HEADER_SIZE 2 // bytes: opcode, token
#define BCR_COMMAND_OFFSET_OPCODE 0 // u8
#define BCR_COMMAND_OFFSET_TOKEN 1 // u8, echoed in the response
#define BCR_COMMAND_OFFSET_PARAMETERS 2
#define BCR_COMMAND_MAX_SIZE 8 // bytes; the haptic pulse command

#define BCR_SET_SAMPLE_RATE_PARAMETERS_SIZE 2 // u16 Hz
#define BCR_ZERO_GYRO_PARAMETERS_SIZE 2 // u16 ms
#define BCR_IDENTIFY_PARAMETERS_SIZE 1 // u8 s
#define BCR_HAPTIC_PULSE_PARAMETERS_SIZE 6 // u8 %, u8 count, u16 ms on, u16 ms off

#define BCR_ZERO_GYRO_DEFAULT_MS 1000 // ms, used when the command says 0
#define BCR_ZERO_GYRO_MIN_MS 100
#define BCR_ZERO_GYRO_MAX_MS 10000
#define BCR_IDENTIFY_DEFAULT_S 3 // s, used when the command says 0
#define BCR_IDENTIFY_MAX_S 60
#define BCR_HAPTIC_MAX_INTENSITY_PERCENT 100
#define BCR_HAPTIC_MAX_PULSE_COUNT 10
#define BCR_HAPTIC_MAX_ON_MS 2000
#define BCR_HAPTIC_MIN_ON_MS 10
#define BCR_HAPTIC_MAX_OFF_MS 2000

#define BCR_RESPONSE_SIZE 4 // bytes in 1.0; later minors may append data
#define BCR_RESPONSE_CODE 0x80 // first byte of every control point indication
#define BCR_RESPONSE_OFFSET_CODE 0 // u8
#define BCR_RESPONSE_OFFSET_REQUEST_OPCODE 1 // u8
#define BCR_RESPONSE_OFFSET_TOKEN 2 // u8
#define BCR_RESPONSE_OFFSET_RESULT 3 // u8, BcrControlResult

#define BCR_COMMAND_TIMEOUT_MS 1000 // ms a host waits for a response (zero gyro: its duration more)

//------------------------------------------------------------------------------
// Definitions - status characteristic (SPEC.md section 7)

#define BCR_STATUS_SIZE 5 // bytes in 1.0; later minors may append fields
#define BCR_STATUS_OFFSET_BATTERY 0 // u8, %, or BCR_BATTERY_UNKNOWN
#define BCR_STATUS_OFFSET_FLAGS 1 // u8, BCR_STATUS_FLAG_*
#define BCR_STATUS_OFFSET_SENSOR_FAULT 2 // u8, BcrSensorFault
#define BCR_STATUS_OFFSET_DROPPED_SAMPLES 3 // u16, saturating count since streaming started

#define BCR_BATTERY_UNKNOWN 0xFF
#define BCR_STATUS_FLAG_CHARGING 0x01
#define BCR_STATUS_FLAG_EXTERNAL_POWER 0x02
#define BCR_STATUS_FLAG_SENSOR_FAULT 0x04 // set exactly when the fault code is not BcrSensorFaultNone
#define BCR_STATUS_FLAG_OVERRUN 0x08 // dropped samples grew since the previous status value
#define BCR_STATUS_FLAG_STREAMING 0x10
#define BCR_STATUS_FLAG_LOW_BATTERY 0x20 // below 15 %, or the device's own threshold
#define BCR_STATUS_FLAG_ZEROING 0x40 // a zero-gyro command is running

//------------------------------------------------------------------------------
// Definitions - enumerations

/**
 * @brief Outcome of a decoder (and of validating a value before encoding it).
 */
typedef enum {
    BcrDecodeStatusOk = 0,
    BcrDecodeStatusTooShort = 1, // fewer bytes than the fixed part of the value
    BcrDecodeStatusUnsupportedVersion = 2, // protocol major version is not BCR_PROTOCOL_VERSION_MAJOR
    BcrDecodeStatusInvalidSampleCount = 3, // IMU packet declares 0 samples
    BcrDecodeStatusTruncated = 4, // fewer bytes than the declared sample count needs
    BcrDecodeStatusTrailingBytes = 5, // more bytes than the value may have
    BcrDecodeStatusUnknownOpcode = 6, // command opcode or response code not defined
    BcrDecodeStatusInvalidValue = 7, // a field is outside its valid range
} BcrDecodeStatus;

/**
 * @brief Frame of the IMU axes (DESIGN.md section 2).
 */
typedef enum {
    BcrAxisConventionUnknown = 0, // mount unknown: the host estimates the roll axis from data
    BcrAxisConventionRollerX = 1, // +x along the roller axis toward the "L" end cap, right-handed
} BcrAxisConvention;

/**
 * @brief Control point opcodes.
 */
typedef enum {
    BcrControlOpcodeStartStreaming = 0x01, // no parameters
    BcrControlOpcodeStopStreaming = 0x02, // no parameters
    BcrControlOpcodeSetSampleRate = 0x03, // u16 Hz; only while not streaming
    BcrControlOpcodeZeroGyro = 0x04, // u16 averaging time in ms (0 = default)
    BcrControlOpcodeIdentify = 0x05, // u8 duration in s (0 = default)
    BcrControlOpcodeHapticPulse = 0x06, // u8 %, u8 count, u16 ms on, u16 ms off
} BcrControlOpcode;

/**
 * @brief Result codes of control point responses.
 */
typedef enum {
    BcrControlResultSuccess = 0x01,
    BcrControlResultOpcodeNotSupported = 0x02,
    BcrControlResultInvalidParameter = 0x03,
    BcrControlResultOperationFailed = 0x04,
    BcrControlResultBusy = 0x05, // another command is still running
    BcrControlResultNotStill = 0x06, // zero gyro aborted: the roller moved
    BcrControlResultStreamingActive = 0x07, // the command needs streaming stopped
} BcrControlResult;

/**
 * @brief Sensor fault codes of the status characteristic.
 */
typedef enum {
    BcrSensorFaultNone = 0,
    BcrSensorFaultNoResponse = 1, // the IMU does not answer on its bus
    BcrSensorFaultSelfTestFailed = 2,
    BcrSensorFaultDataStuck = 3, // identical raw values for 1 s while powered
    BcrSensorFaultOther = 4,
} BcrSensorFault;

//------------------------------------------------------------------------------
// Definitions - types

/**
 * @brief One raw IMU sample, in sensor LSB; scale with the configuration.
 */
typedef struct {
    int16_t accelerometer[3]; // LSB; × accelerometerLsbScale = m/s², gravity included
    int16_t gyroscope[3]; // LSB; × gyroscopeLsbScale = rad/s, right-handed
} BcrImuSample;

/**
 * @brief IMU data packet (IMU data characteristic, notify).
 */
typedef struct {
    uint8_t version; // protocol major version; the encoder always writes BCR_PROTOCOL_VERSION_MAJOR
    uint8_t flags; // BCR_IMU_FLAG_*
    uint16_t sequence; // packets since streaming started, wraps 65535 -> 0
    uint32_t timestampMicroseconds; // µs, device clock, when the first sample was taken; wraps
    uint8_t sampleCount; // 1 to BCR_IMU_MAX_SAMPLES
    BcrImuSample samples[BCR_IMU_MAX_SAMPLES]; // sample i was taken i sample periods after the first
} BcrImuPacket;

/**
 * @brief Device configuration characteristic (read).
 */
typedef struct {
    uint8_t protocolMajor; // BCR_PROTOCOL_VERSION_MAJOR
    uint8_t protocolMinor; // BCR_PROTOCOL_VERSION_MINOR or later
    uint8_t firmwareMajor;
    uint8_t firmwareMinor;
    uint16_t firmwarePatch;
    uint16_t sampleRateHz; // Hz, BCR_SAMPLE_RATE_MIN_HZ to BCR_SAMPLE_RATE_MAX_HZ
    uint8_t accelerometerFullScaleG; // g, range is ± this; 1 to 255
    uint8_t axisConvention; // BcrAxisConvention; unknown values are kept, hosts treat them as Unknown
    uint16_t gyroscopeFullScaleDps; // degrees per second, range is ± this; at least 1
    float accelerometerLsbScale; // m/s² per LSB; finite and > 0
    float gyroscopeLsbScale; // rad/s per LSB; finite and > 0
    uint16_t rollerDiameterMillimetres; // mm, 0 = unknown
    uint8_t sensorOffsetMillimetres; // mm from the roller axis to the IMU, 0 = on the axis or unknown
    uint8_t capabilities; // BCR_CAPABILITY_*
} BcrDeviceConfiguration;

/**
 * @brief Haptic pulse pattern: pulseCount × (on, off).
 */
typedef struct {
    uint8_t intensityPercent; // %, 1 to 100
    uint8_t pulseCount; // 1 to BCR_HAPTIC_MAX_PULSE_COUNT
    uint16_t onMilliseconds; // ms, BCR_HAPTIC_MIN_ON_MS to BCR_HAPTIC_MAX_ON_MS
    uint16_t offMilliseconds; // ms, 0 to BCR_HAPTIC_MAX_OFF_MS
} BcrHapticPattern;

/**
 * @brief Control point command (host to device, write with response). Only the
 * parameter of the opcode is used; the others are zero.
 */
typedef struct {
    uint8_t opcode; // BcrControlOpcode
    uint8_t token; // any value; echoed in the response
    uint16_t sampleRateHz; // BcrControlOpcodeSetSampleRate: Hz
    uint16_t zeroGyroMilliseconds; // BcrControlOpcodeZeroGyro: ms, 0 = BCR_ZERO_GYRO_DEFAULT_MS
    uint8_t identifySeconds; // BcrControlOpcodeIdentify: s, 0 = BCR_IDENTIFY_DEFAULT_S
    BcrHapticPattern haptic; // BcrControlOpcodeHapticPulse
} BcrControlCommand;

/**
 * @brief Control point response (device to host, indication).
 */
typedef struct {
    uint8_t requestOpcode; // opcode of the command answered (0 if the command was empty)
    uint8_t token; // token of the command answered (0 if the command had none)
    uint8_t result; // BcrControlResult; hosts treat unknown codes as failures
} BcrControlResponse;

/**
 * @brief Status characteristic (read, notify).
 */
typedef struct {
    uint8_t batteryPercent; // %, 0 to 100, or BCR_BATTERY_UNKNOWN
    uint8_t flags; // BCR_STATUS_FLAG_*
    uint8_t sensorFault; // BcrSensorFault
    uint16_t droppedSamples; // samples lost on the device since streaming started, saturates at 65535
} BcrDeviceStatus;

//------------------------------------------------------------------------------
// Function declarations - byte order

static inline void BcrWriteUint16(uint8_t *const destination, const uint16_t value) {
    destination[0] = (uint8_t) (value & 0xFFu);
    destination[1] = (uint8_t) (value >> 8);
}

static inline void BcrWriteUint32(uint8_t *const destination, const uint32_t value) {
    destination[0] = (uint8_t) (value & 0xFFu);
    destination[1] = (uint8_t) ((value >> 8) & 0xFFu);
    destination[2] = (uint8_t) ((value >> 16) & 0xFFu);
    destination[3] = (uint8_t) (value >> 24);
}

static inline uint16_t BcrReadUint16(const uint8_t *const source) {
    return (uint16_t) (source[0] | (source[1] << 8));
}

static inline uint32_t BcrReadUint32(const uint8_t *const source) {
    return (uint32_t) source[0] | ((uint32_t) source[1] << 8) | ((uint32_t) source[2] << 16) | ((uint32_t) source[3] << 24);
}

static inline void BcrWriteInt16(uint8_t *const destination, const int16_t value) {
    BcrWriteUint16(destination, (uint16_t) value);
}

static inline int16_t BcrReadInt16(const uint8_t *const source) {
    // Two's complement without implementation-defined conversion of values above INT16_MAX.
    const uint16_t raw = BcrReadUint16(source);
    return (raw & 0x8000u) ? (int16_t) (-(int32_t) (0xFFFFu - raw) - 1) : (int16_t) raw;
}

static inline void BcrWriteFloat(uint8_t *const destination, const float value) {
    uint32_t bits;
    memcpy(&bits, &value, sizeof(bits)); // IEEE 754 binary32, as on every BLE MCU with a C99 compiler
    BcrWriteUint32(destination, bits);
}

static inline float BcrReadFloat(const uint8_t *const source) {
    const uint32_t bits = BcrReadUint32(source);
    float value;
    memcpy(&value, &bits, sizeof(value));
    return value;
}

//------------------------------------------------------------------------------
// Function declarations - IMU data packet

/**
 * @brief Samples per notification for a negotiated ATT MTU (1 at the default MTU of 23).
 * @param attMtu Negotiated ATT MTU in bytes.
 * @return Samples that fit, 0 if not even one does, at most BCR_IMU_MAX_SAMPLES.
 */
static inline uint8_t BcrImuSamplesForMtu(const uint16_t attMtu) {
    if (attMtu < BCR_ATT_NOTIFICATION_OVERHEAD + BCR_IMU_HEADER_SIZE + BCR_IMU_SAMPLE_SIZE) {
        return 0;
    }
    const unsigned int fit = (unsigned int) (attMtu - BCR_ATT_NOTIFICATION_OVERHEAD - BCR_IMU_HEADER_SIZE) / BCR_IMU_SAMPLE_SIZE;
    return (uint8_t) (fit > BCR_IMU_MAX_SAMPLES ? BCR_IMU_MAX_SAMPLES : fit);
}

/**
 * @brief Size in bytes of an IMU packet with sampleCount samples.
 */
static inline size_t BcrImuPacketSize(const uint8_t sampleCount) {
    return (size_t) BCR_IMU_HEADER_SIZE + (size_t) sampleCount * BCR_IMU_SAMPLE_SIZE;
}

/**
 * @brief Encodes an IMU packet. The version field of the packet is ignored.
 * @return Bytes written, or 0 if the sample count is not 1 to 15 or the destination is too small.
 */
static inline size_t BcrImuPacketEncode(const BcrImuPacket *const packet, uint8_t *const destination, const size_t destinationSize) {
    if ((packet->sampleCount == 0) || (packet->sampleCount > BCR_IMU_MAX_SAMPLES)) {
        return 0;
    }
    const size_t size = BcrImuPacketSize(packet->sampleCount);
    if (destinationSize < size) {
        return 0;
    }
    destination[BCR_IMU_OFFSET_VERSION_COUNT] = (uint8_t) ((BCR_PROTOCOL_VERSION_MAJOR << BCR_IMU_VERSION_SHIFT) | packet->sampleCount);
    destination[BCR_IMU_OFFSET_FLAGS] = packet->flags;
    BcrWriteUint16(&destination[BCR_IMU_OFFSET_SEQUENCE], packet->sequence);
    BcrWriteUint32(&destination[BCR_IMU_OFFSET_TIMESTAMP], packet->timestampMicroseconds);
    for (uint8_t index = 0; index < packet->sampleCount; index++) {
        uint8_t *const sample = &destination[BCR_IMU_OFFSET_SAMPLES + (size_t) index * BCR_IMU_SAMPLE_SIZE];
        const BcrImuSample *const source = &packet->samples[index];
        BcrWriteInt16(&sample[BCR_SAMPLE_OFFSET_ACCEL_X], source->accelerometer[0]);
        BcrWriteInt16(&sample[BCR_SAMPLE_OFFSET_ACCEL_Y], source->accelerometer[1]);
        BcrWriteInt16(&sample[BCR_SAMPLE_OFFSET_ACCEL_Z], source->accelerometer[2]);
        BcrWriteInt16(&sample[BCR_SAMPLE_OFFSET_GYRO_X], source->gyroscope[0]);
        BcrWriteInt16(&sample[BCR_SAMPLE_OFFSET_GYRO_Y], source->gyroscope[1]);
        BcrWriteInt16(&sample[BCR_SAMPLE_OFFSET_GYRO_Z], source->gyroscope[2]);
    }
    return size;
}

/**
 * @brief Decodes an IMU packet. Unknown flags are kept (hosts ignore them).
 * @return BcrDecodeStatusOk, TooShort, UnsupportedVersion, InvalidSampleCount, Truncated or TrailingBytes.
 */
static inline BcrDecodeStatus BcrImuPacketDecode(const uint8_t *const source, const size_t length, BcrImuPacket *const packet) {
    memset(packet, 0, sizeof(*packet));
    if (length < BCR_IMU_HEADER_SIZE) {
        return BcrDecodeStatusTooShort;
    }
    const uint8_t versionCount = source[BCR_IMU_OFFSET_VERSION_COUNT];
    const uint8_t version = (uint8_t) (versionCount >> BCR_IMU_VERSION_SHIFT);
    const uint8_t sampleCount = (uint8_t) (versionCount & BCR_IMU_COUNT_MASK);
    if (version != BCR_PROTOCOL_VERSION_MAJOR) {
        return BcrDecodeStatusUnsupportedVersion;
    }
    if (sampleCount == 0) {
        return BcrDecodeStatusInvalidSampleCount;
    }
    const size_t size = BcrImuPacketSize(sampleCount);
    if (length < size) {
        return BcrDecodeStatusTruncated;
    }
    if (length > size) {
        return BcrDecodeStatusTrailingBytes;
    }
    packet->version = version;
    packet->flags = source[BCR_IMU_OFFSET_FLAGS];
    packet->sequence = BcrReadUint16(&source[BCR_IMU_OFFSET_SEQUENCE]);
    packet->timestampMicroseconds = BcrReadUint32(&source[BCR_IMU_OFFSET_TIMESTAMP]);
    packet->sampleCount = sampleCount;
    for (uint8_t index = 0; index < sampleCount; index++) {
        const uint8_t *const sample = &source[BCR_IMU_OFFSET_SAMPLES + (size_t) index * BCR_IMU_SAMPLE_SIZE];
        BcrImuSample *const destination = &packet->samples[index];
        destination->accelerometer[0] = BcrReadInt16(&sample[BCR_SAMPLE_OFFSET_ACCEL_X]);
        destination->accelerometer[1] = BcrReadInt16(&sample[BCR_SAMPLE_OFFSET_ACCEL_Y]);
        destination->accelerometer[2] = BcrReadInt16(&sample[BCR_SAMPLE_OFFSET_ACCEL_Z]);
        destination->gyroscope[0] = BcrReadInt16(&sample[BCR_SAMPLE_OFFSET_GYRO_X]);
        destination->gyroscope[1] = BcrReadInt16(&sample[BCR_SAMPLE_OFFSET_GYRO_Y]);
        destination->gyroscope[2] = BcrReadInt16(&sample[BCR_SAMPLE_OFFSET_GYRO_Z]);
    }
    return BcrDecodeStatusOk;
}

//------------------------------------------------------------------------------
// Function declarations - device configuration

/**
 * @brief Checks the ranges of SPEC.md section 5 (the decoder and the encoder both apply it).
 */
static inline BcrDecodeStatus BcrDeviceConfigurationValidate(const BcrDeviceConfiguration *const configuration) {
    if (configuration->protocolMajor != BCR_PROTOCOL_VERSION_MAJOR) {
        return BcrDecodeStatusUnsupportedVersion;
    }
    const float accelerometerLsbScale = configuration->accelerometerLsbScale;
    const float gyroscopeLsbScale = configuration->gyroscopeLsbScale;
    // Written as "not inside (0, 3.4e38]" so that NaN fails too without <math.h>.
    const int accelerometerScaleValid = (accelerometerLsbScale > 0.0f) && (accelerometerLsbScale <= 3.4e38f);
    const int gyroscopeScaleValid = (gyroscopeLsbScale > 0.0f) && (gyroscopeLsbScale <= 3.4e38f);
    if ((configuration->sampleRateHz < BCR_SAMPLE_RATE_MIN_HZ) || (configuration->sampleRateHz > BCR_SAMPLE_RATE_MAX_HZ) ||
        (configuration->accelerometerFullScaleG == 0) || (configuration->gyroscopeFullScaleDps == 0) ||
        !accelerometerScaleValid || !gyroscopeScaleValid) {
        return BcrDecodeStatusInvalidValue;
    }
    return BcrDecodeStatusOk;
}

/**
 * @brief Encodes the 1.0 configuration value (BCR_CONFIGURATION_SIZE bytes).
 * @return Bytes written, or 0 if a field is invalid or the destination is too small.
 */
static inline size_t BcrDeviceConfigurationEncode(const BcrDeviceConfiguration *const configuration, uint8_t *const destination, const size_t destinationSize) {
    if ((destinationSize < BCR_CONFIGURATION_SIZE) || (BcrDeviceConfigurationValidate(configuration) != BcrDecodeStatusOk)) {
        return 0;
    }
    destination[BCR_CONFIGURATION_OFFSET_PROTOCOL_MAJOR] = configuration->protocolMajor;
    destination[BCR_CONFIGURATION_OFFSET_PROTOCOL_MINOR] = configuration->protocolMinor;
    destination[BCR_CONFIGURATION_OFFSET_FIRMWARE_MAJOR] = configuration->firmwareMajor;
    destination[BCR_CONFIGURATION_OFFSET_FIRMWARE_MINOR] = configuration->firmwareMinor;
    BcrWriteUint16(&destination[BCR_CONFIGURATION_OFFSET_FIRMWARE_PATCH], configuration->firmwarePatch);
    BcrWriteUint16(&destination[BCR_CONFIGURATION_OFFSET_SAMPLE_RATE], configuration->sampleRateHz);
    destination[BCR_CONFIGURATION_OFFSET_ACCEL_FULL_SCALE] = configuration->accelerometerFullScaleG;
    destination[BCR_CONFIGURATION_OFFSET_AXIS_CONVENTION] = configuration->axisConvention;
    BcrWriteUint16(&destination[BCR_CONFIGURATION_OFFSET_GYRO_FULL_SCALE], configuration->gyroscopeFullScaleDps);
    BcrWriteFloat(&destination[BCR_CONFIGURATION_OFFSET_ACCEL_LSB_SCALE], configuration->accelerometerLsbScale);
    BcrWriteFloat(&destination[BCR_CONFIGURATION_OFFSET_GYRO_LSB_SCALE], configuration->gyroscopeLsbScale);
    BcrWriteUint16(&destination[BCR_CONFIGURATION_OFFSET_ROLLER_DIAMETER], configuration->rollerDiameterMillimetres);
    destination[BCR_CONFIGURATION_OFFSET_SENSOR_OFFSET] = configuration->sensorOffsetMillimetres;
    destination[BCR_CONFIGURATION_OFFSET_CAPABILITIES] = configuration->capabilities;
    return BCR_CONFIGURATION_SIZE;
}

/**
 * @brief Decodes a configuration value; bytes after the 1.0 fields (later minors) are ignored.
 * @return BcrDecodeStatusOk, TooShort, UnsupportedVersion or InvalidValue.
 */
static inline BcrDecodeStatus BcrDeviceConfigurationDecode(const uint8_t *const source, const size_t length, BcrDeviceConfiguration *const configuration) {
    memset(configuration, 0, sizeof(*configuration));
    if (length < BCR_CONFIGURATION_SIZE) {
        return BcrDecodeStatusTooShort;
    }
    BcrDeviceConfiguration decoded;
    memset(&decoded, 0, sizeof(decoded));
    decoded.protocolMajor = source[BCR_CONFIGURATION_OFFSET_PROTOCOL_MAJOR];
    decoded.protocolMinor = source[BCR_CONFIGURATION_OFFSET_PROTOCOL_MINOR];
    decoded.firmwareMajor = source[BCR_CONFIGURATION_OFFSET_FIRMWARE_MAJOR];
    decoded.firmwareMinor = source[BCR_CONFIGURATION_OFFSET_FIRMWARE_MINOR];
    decoded.firmwarePatch = BcrReadUint16(&source[BCR_CONFIGURATION_OFFSET_FIRMWARE_PATCH]);
    decoded.sampleRateHz = BcrReadUint16(&source[BCR_CONFIGURATION_OFFSET_SAMPLE_RATE]);
    decoded.accelerometerFullScaleG = source[BCR_CONFIGURATION_OFFSET_ACCEL_FULL_SCALE];
    decoded.axisConvention = source[BCR_CONFIGURATION_OFFSET_AXIS_CONVENTION];
    decoded.gyroscopeFullScaleDps = BcrReadUint16(&source[BCR_CONFIGURATION_OFFSET_GYRO_FULL_SCALE]);
    decoded.accelerometerLsbScale = BcrReadFloat(&source[BCR_CONFIGURATION_OFFSET_ACCEL_LSB_SCALE]);
    decoded.gyroscopeLsbScale = BcrReadFloat(&source[BCR_CONFIGURATION_OFFSET_GYRO_LSB_SCALE]);
    decoded.rollerDiameterMillimetres = BcrReadUint16(&source[BCR_CONFIGURATION_OFFSET_ROLLER_DIAMETER]);
    decoded.sensorOffsetMillimetres = source[BCR_CONFIGURATION_OFFSET_SENSOR_OFFSET];
    decoded.capabilities = source[BCR_CONFIGURATION_OFFSET_CAPABILITIES];
    const BcrDecodeStatus status = BcrDeviceConfigurationValidate(&decoded);
    if (status == BcrDecodeStatusOk) {
        *configuration = decoded;
    }
    return status;
}

//------------------------------------------------------------------------------
// Function declarations - control point

/**
 * @brief Parameter bytes that follow the command header for an opcode, or -1 if the opcode is unknown.
 */
static inline int BcrControlParametersSize(const uint8_t opcode) {
    switch (opcode) {
        case BcrControlOpcodeStartStreaming:
        case BcrControlOpcodeStopStreaming:
            return 0;
        case BcrControlOpcodeSetSampleRate:
            return BCR_SET_SAMPLE_RATE_PARAMETERS_SIZE;
        case BcrControlOpcodeZeroGyro:
            return BCR_ZERO_GYRO_PARAMETERS_SIZE;
        case BcrControlOpcodeIdentify:
            return BCR_IDENTIFY_PARAMETERS_SIZE;
        case BcrControlOpcodeHapticPulse:
            return BCR_HAPTIC_PULSE_PARAMETERS_SIZE;
        default:
            return -1;
    }
}

/**
 * @brief Checks opcode and parameter ranges (SPEC.md section 6); parameters of other opcodes must be 0.
 */
static inline BcrDecodeStatus BcrControlCommandValidate(const BcrControlCommand *const command) {
    if (BcrControlParametersSize(command->opcode) < 0) {
        return BcrDecodeStatusUnknownOpcode;
    }
    const BcrHapticPattern *const haptic = &command->haptic;
    const int usesSampleRate = command->opcode == BcrControlOpcodeSetSampleRate;
    const int usesZeroGyro = command->opcode == BcrControlOpcodeZeroGyro;
    const int usesIdentify = command->opcode == BcrControlOpcodeIdentify;
    const int usesHaptic = command->opcode == BcrControlOpcodeHapticPulse;
    const int hapticZero = (haptic->intensityPercent == 0) && (haptic->pulseCount == 0) && (haptic->onMilliseconds == 0) && (haptic->offMilliseconds == 0);
    if ((!usesSampleRate && (command->sampleRateHz != 0)) || (!usesZeroGyro && (command->zeroGyroMilliseconds != 0)) ||
        (!usesIdentify && (command->identifySeconds != 0)) || (!usesHaptic && !hapticZero)) {
        return BcrDecodeStatusInvalidValue;
    }
    if (usesSampleRate && ((command->sampleRateHz < BCR_SAMPLE_RATE_MIN_HZ) || (command->sampleRateHz > BCR_SAMPLE_RATE_MAX_HZ))) {
        return BcrDecodeStatusInvalidValue;
    }
    if (usesZeroGyro && (command->zeroGyroMilliseconds != 0) &&
        ((command->zeroGyroMilliseconds < BCR_ZERO_GYRO_MIN_MS) || (command->zeroGyroMilliseconds > BCR_ZERO_GYRO_MAX_MS))) {
        return BcrDecodeStatusInvalidValue;
    }
    if (usesIdentify && (command->identifySeconds > BCR_IDENTIFY_MAX_S)) {
        return BcrDecodeStatusInvalidValue;
    }
    if (usesHaptic && ((haptic->intensityPercent == 0) || (haptic->intensityPercent > BCR_HAPTIC_MAX_INTENSITY_PERCENT) ||
                       (haptic->pulseCount == 0) || (haptic->pulseCount > BCR_HAPTIC_MAX_PULSE_COUNT) ||
                       (haptic->onMilliseconds < BCR_HAPTIC_MIN_ON_MS) || (haptic->onMilliseconds > BCR_HAPTIC_MAX_ON_MS) ||
                       (haptic->offMilliseconds > BCR_HAPTIC_MAX_OFF_MS))) {
        return BcrDecodeStatusInvalidValue;
    }
    return BcrDecodeStatusOk;
}

/**
 * @brief Encodes a command (host side, and device-side tests).
 * @return Bytes written, or 0 if the command is invalid or the destination is too small.
 */
static inline size_t BcrControlCommandEncode(const BcrControlCommand *const command, uint8_t *const destination, const size_t destinationSize) {
    if (BcrControlCommandValidate(command) != BcrDecodeStatusOk) {
        return 0;
    }
    const size_t size = (size_t) BCR_COMMAND_HEADER_SIZE + (size_t) BcrControlParametersSize(command->opcode);
    if (destinationSize < size) {
        return 0;
    }
    destination[BCR_COMMAND_OFFSET_OPCODE] = command->opcode;
    destination[BCR_COMMAND_OFFSET_TOKEN] = command->token;
    uint8_t *const parameters = &destination[BCR_COMMAND_OFFSET_PARAMETERS];
    switch (command->opcode) {
        case BcrControlOpcodeSetSampleRate:
            BcrWriteUint16(parameters, command->sampleRateHz);
            break;
        case BcrControlOpcodeZeroGyro:
            BcrWriteUint16(parameters, command->zeroGyroMilliseconds);
            break;
        case BcrControlOpcodeIdentify:
            parameters[0] = command->identifySeconds;
            break;
        case BcrControlOpcodeHapticPulse:
            parameters[0] = command->haptic.intensityPercent;
            parameters[1] = command->haptic.pulseCount;
            BcrWriteUint16(&parameters[2], command->haptic.onMilliseconds);
            BcrWriteUint16(&parameters[4], command->haptic.offMilliseconds);
            break;
        default:
            break;
    }
    return size;
}

/**
 * @brief Decodes a command (device side). The parameter length must match the opcode exactly.
 * @return BcrDecodeStatusOk, TooShort, UnknownOpcode, TrailingBytes or InvalidValue.
 */
static inline BcrDecodeStatus BcrControlCommandDecode(const uint8_t *const source, const size_t length, BcrControlCommand *const command) {
    memset(command, 0, sizeof(*command));
    if (length < BCR_COMMAND_HEADER_SIZE) {
        return BcrDecodeStatusTooShort;
    }
    const uint8_t opcode = source[BCR_COMMAND_OFFSET_OPCODE];
    const int parametersSize = BcrControlParametersSize(opcode);
    if (parametersSize < 0) {
        return BcrDecodeStatusUnknownOpcode;
    }
    const size_t size = (size_t) BCR_COMMAND_HEADER_SIZE + (size_t) parametersSize;
    if (length < size) {
        return BcrDecodeStatusTooShort;
    }
    if (length > size) {
        return BcrDecodeStatusTrailingBytes;
    }
    BcrControlCommand decoded;
    memset(&decoded, 0, sizeof(decoded));
    decoded.opcode = opcode;
    decoded.token = source[BCR_COMMAND_OFFSET_TOKEN];
    const uint8_t *const parameters = &source[BCR_COMMAND_OFFSET_PARAMETERS];
    switch (opcode) {
        case BcrControlOpcodeSetSampleRate:
            decoded.sampleRateHz = BcrReadUint16(parameters);
            break;
        case BcrControlOpcodeZeroGyro:
            decoded.zeroGyroMilliseconds = BcrReadUint16(parameters);
            break;
        case BcrControlOpcodeIdentify:
            decoded.identifySeconds = parameters[0];
            break;
        case BcrControlOpcodeHapticPulse:
            decoded.haptic.intensityPercent = parameters[0];
            decoded.haptic.pulseCount = parameters[1];
            decoded.haptic.onMilliseconds = BcrReadUint16(&parameters[2]);
            decoded.haptic.offMilliseconds = BcrReadUint16(&parameters[4]);
            break;
        default:
            break;
    }
    const BcrDecodeStatus status = BcrControlCommandValidate(&decoded);
    if (status == BcrDecodeStatusOk) {
        *command = decoded;
    }
    return status;
}

/**
 * @brief The response a device sends for a command it could not decode (SPEC.md section 6.4).
 */
static inline BcrControlResult BcrControlResultForDecodeStatus(const BcrDecodeStatus status) {
    switch (status) {
        case BcrDecodeStatusOk:
            return BcrControlResultSuccess;
        case BcrDecodeStatusUnknownOpcode:
            return BcrControlResultOpcodeNotSupported;
        default:
            return BcrControlResultInvalidParameter;
    }
}

/**
 * @brief Encodes a response (BCR_RESPONSE_SIZE bytes).
 * @return Bytes written, or 0 if the destination is too small.
 */
static inline size_t BcrControlResponseEncode(const BcrControlResponse *const response, uint8_t *const destination, const size_t destinationSize) {
    if (destinationSize < BCR_RESPONSE_SIZE) {
        return 0;
    }
    destination[BCR_RESPONSE_OFFSET_CODE] = BCR_RESPONSE_CODE;
    destination[BCR_RESPONSE_OFFSET_REQUEST_OPCODE] = response->requestOpcode;
    destination[BCR_RESPONSE_OFFSET_TOKEN] = response->token;
    destination[BCR_RESPONSE_OFFSET_RESULT] = response->result;
    return BCR_RESPONSE_SIZE;
}

/**
 * @brief Decodes a response (host side); bytes after the 1.0 fields are ignored.
 * @return BcrDecodeStatusOk, TooShort or UnknownOpcode (first byte is not BCR_RESPONSE_CODE).
 */
static inline BcrDecodeStatus BcrControlResponseDecode(const uint8_t *const source, const size_t length, BcrControlResponse *const response) {
    memset(response, 0, sizeof(*response));
    if (length < BCR_RESPONSE_SIZE) {
        return BcrDecodeStatusTooShort;
    }
    if (source[BCR_RESPONSE_OFFSET_CODE] != BCR_RESPONSE_CODE) {
        return BcrDecodeStatusUnknownOpcode;
    }
    response->requestOpcode = source[BCR_RESPONSE_OFFSET_REQUEST_OPCODE];
    response->token = source[BCR_RESPONSE_OFFSET_TOKEN];
    response->result = source[BCR_RESPONSE_OFFSET_RESULT];
    return BcrDecodeStatusOk;
}

//------------------------------------------------------------------------------
// Function declarations - status

/**
 * @brief Checks the ranges of SPEC.md section 7.
 */
static inline BcrDecodeStatus BcrDeviceStatusValidate(const BcrDeviceStatus *const status) {
    const int faultFlag = (status->flags & BCR_STATUS_FLAG_SENSOR_FAULT) != 0;
    const int faultCode = status->sensorFault != BcrSensorFaultNone;
    if (((status->batteryPercent > 100) && (status->batteryPercent != BCR_BATTERY_UNKNOWN)) || (faultFlag != faultCode)) {
        return BcrDecodeStatusInvalidValue;
    }
    return BcrDecodeStatusOk;
}

/**
 * @brief Encodes the 1.0 status value (BCR_STATUS_SIZE bytes).
 * @return Bytes written, or 0 if a field is invalid or the destination is too small.
 */
static inline size_t BcrDeviceStatusEncode(const BcrDeviceStatus *const status, uint8_t *const destination, const size_t destinationSize) {
    if ((destinationSize < BCR_STATUS_SIZE) || (BcrDeviceStatusValidate(status) != BcrDecodeStatusOk)) {
        return 0;
    }
    destination[BCR_STATUS_OFFSET_BATTERY] = status->batteryPercent;
    destination[BCR_STATUS_OFFSET_FLAGS] = status->flags;
    destination[BCR_STATUS_OFFSET_SENSOR_FAULT] = status->sensorFault;
    BcrWriteUint16(&destination[BCR_STATUS_OFFSET_DROPPED_SAMPLES], status->droppedSamples);
    return BCR_STATUS_SIZE;
}

/**
 * @brief Decodes a status value; bytes after the 1.0 fields are ignored.
 * @return BcrDecodeStatusOk, TooShort or InvalidValue.
 */
static inline BcrDecodeStatus BcrDeviceStatusDecode(const uint8_t *const source, const size_t length, BcrDeviceStatus *const status) {
    memset(status, 0, sizeof(*status));
    if (length < BCR_STATUS_SIZE) {
        return BcrDecodeStatusTooShort;
    }
    BcrDeviceStatus decoded;
    memset(&decoded, 0, sizeof(decoded));
    decoded.batteryPercent = source[BCR_STATUS_OFFSET_BATTERY];
    decoded.flags = source[BCR_STATUS_OFFSET_FLAGS];
    decoded.sensorFault = source[BCR_STATUS_OFFSET_SENSOR_FAULT];
    decoded.droppedSamples = BcrReadUint16(&source[BCR_STATUS_OFFSET_DROPPED_SAMPLES]);
    const BcrDecodeStatus result = BcrDeviceStatusValidate(&decoded);
    if (result == BcrDecodeStatusOk) {
        *status = decoded;
    }
    return result;
}

//------------------------------------------------------------------------------
// Function declarations - diagnostics

/**
 * @brief The vector-file name of a decode status ("ok", "too_short", ...), for logs and tests.
 */
static inline const char *BcrDecodeStatusName(const BcrDecodeStatus status) {
    switch (status) {
        case BcrDecodeStatusOk:
            return "ok";
        case BcrDecodeStatusTooShort:
            return "too_short";
        case BcrDecodeStatusUnsupportedVersion:
            return "unsupported_version";
        case BcrDecodeStatusInvalidSampleCount:
            return "invalid_sample_count";
        case BcrDecodeStatusTruncated:
            return "truncated";
        case BcrDecodeStatusTrailingBytes:
            return "trailing_bytes";
        case BcrDecodeStatusUnknownOpcode:
            return "unknown_opcode";
        case BcrDecodeStatusInvalidValue:
            return "invalid_value";
        default:
            return "unknown";
    }
}

#ifdef __cplusplus
}
#endif

#endif

//------------------------------------------------------------------------------
// End of file
