/**
 * @file vector_test.c
 * @brief Runs bcr_protocol.h against every vector file given on the command line
 * (CMake passes every .vec file of test-vectors). For each vector: the decoder's status must be the
 * expected one; for "ok" vectors every decoded field must equal the vector's value and
 * re-encoding must give the vector's bytes back (or their 1.0 prefix when the vector is
 * marked "canonical: no"). A key the checker does not consume fails the vector, so a
 * vector file cannot carry fields that one implementation silently skips.
 */

#include "bcr_protocol.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

//------------------------------------------------------------------------------
// Definitions

#define MAX_FIELDS 40
#define MAX_LINE 2048
#define MAX_BYTES 512

typedef struct {
    char key[32];
    char value[256];
    int used;
} Field;

typedef struct {
    const char *file;
    int line;
    char name[96];
    char kind[32];
    char status[32];
    char hex[MAX_LINE];
    int canonical;
    uint8_t bytes[MAX_BYTES];
    size_t length;
    Field fields[MAX_FIELDS];
    int fieldCount;
} Vector;

static int failures = 0;
static int vectorsRun = 0;

//------------------------------------------------------------------------------
// Functions - reporting and field access

static void Fail(const Vector *const vector, const char *const message, const char *const detail) {
    fprintf(stderr, "%s:%d: %s: %s%s%s\n", vector->file, vector->line, vector->name, message, detail[0] ? ": " : "", detail);
    failures++;
}

static const char *TakeField(Vector *const vector, const char *const key) {
    for (int index = 0; index < vector->fieldCount; index++) {
        Field *const field = &vector->fields[index];
        if (!field->used && (strcmp(field->key, key) == 0)) {
            field->used = 1;
            return field->value;
        }
    }
    return NULL;
}

static float TakeFloat(Vector *const vector, const char *const key) {
    const char *const text = TakeField(vector, key);
    if (text == NULL) {
        Fail(vector, "missing field", key);
        return 0.0f;
    }
    char *end = NULL;
    const float value = strtof(text, &end);
    if ((end == text) || (*end != '\0')) {
        Fail(vector, "not a number", key);
    }
    return value;
}

static void ExpectInteger(Vector *const vector, const char *const key, const long actual, const int required) {
    const char *const text = TakeField(vector, key);
    if (text == NULL) {
        if (required || (actual != 0)) {
            char detail[96];
            snprintf(detail, sizeof(detail), "%s (decoded %ld)", key, actual);
            Fail(vector, "missing field", detail);
        }
        return;
    }
    char *end = NULL;
    const long expected = strtol(text, &end, 0);
    if ((end == text) || (*end != '\0') || (expected != actual)) {
        char detail[160];
        snprintf(detail, sizeof(detail), "%s expected %s, decoded %ld", key, text, actual);
        Fail(vector, "field differs", detail);
    }
}

static void ExpectFloatBits(Vector *const vector, const char *const key, const float actual) {
    const float expected = TakeFloat(vector, key);
    uint32_t expectedBits;
    uint32_t actualBits;
    memcpy(&expectedBits, &expected, sizeof(expectedBits));
    memcpy(&actualBits, &actual, sizeof(actualBits));
    if (expectedBits != actualBits) {
        char detail[160];
        snprintf(detail, sizeof(detail), "%s expected %.9g, decoded %.9g", key, (double) expected, (double) actual);
        Fail(vector, "field differs", detail);
    }
}

static void ExpectEncoding(const Vector *const vector, const uint8_t *const encoded, const size_t encodedLength) {
    const int lengthOk = vector->canonical ? (encodedLength == vector->length) : ((encodedLength > 0) && (encodedLength < vector->length));
    if (!lengthOk || (memcmp(encoded, vector->bytes, encodedLength) != 0)) {
        char detail[64];
        snprintf(detail, sizeof(detail), "encoded %zu bytes, vector has %zu", encodedLength, vector->length);
        Fail(vector, "re-encoding differs from the vector bytes", detail);
    }
}

// Copies text into a fixed buffer; returns 0 (and copies nothing) if it does not fit.
static int CopyText(char *const destination, const size_t size, const char *const source) {
    const size_t length = strlen(source);
    if (length >= size) {
        return 0;
    }
    memcpy(destination, source, length + 1);
    return 1;
}

//------------------------------------------------------------------------------
// Functions - checkers, one per kind

static void CheckImu(Vector *const vector) {
    BcrImuPacket packet;
    const BcrDecodeStatus status = BcrImuPacketDecode(vector->bytes, vector->length, &packet);
    if (strcmp(BcrDecodeStatusName(status), vector->status) != 0) {
        Fail(vector, "status differs", BcrDecodeStatusName(status));
        return;
    }
    if (status != BcrDecodeStatusOk) {
        return;
    }
    ExpectInteger(vector, "version", packet.version, 1);
    ExpectInteger(vector, "flags", packet.flags, 1);
    ExpectInteger(vector, "sequence", packet.sequence, 1);
    ExpectInteger(vector, "timestamp_us", (long) packet.timestampMicroseconds, 1);
    ExpectInteger(vector, "sample_count", packet.sampleCount, 1);
    for (uint8_t index = 0; index < packet.sampleCount; index++) {
        const char *const text = TakeField(vector, "sample");
        if (text == NULL) {
            Fail(vector, "missing field", "sample");
            return;
        }
        long values[6];
        const char *cursor = text;
        for (int axis = 0; axis < 6; axis++) {
            char *end = NULL;
            values[axis] = strtol(cursor, &end, 10);
            if (end == cursor) {
                Fail(vector, "sample needs six integers", text);
                return;
            }
            cursor = end;
        }
        const BcrImuSample *const sample = &packet.samples[index];
        const long decoded[6] = {sample->accelerometer[0], sample->accelerometer[1], sample->accelerometer[2],
                                 sample->gyroscope[0], sample->gyroscope[1], sample->gyroscope[2]};
        if (memcmp(values, decoded, sizeof(values)) != 0) {
            Fail(vector, "sample differs", text);
        }
    }
    uint8_t encoded[BCR_IMU_MAX_PACKET_SIZE];
    ExpectEncoding(vector, encoded, BcrImuPacketEncode(&packet, encoded, sizeof(encoded)));
}

static void CheckConfiguration(Vector *const vector) {
    BcrDeviceConfiguration configuration;
    const BcrDecodeStatus status = BcrDeviceConfigurationDecode(vector->bytes, vector->length, &configuration);
    if (strcmp(BcrDecodeStatusName(status), vector->status) != 0) {
        Fail(vector, "status differs", BcrDecodeStatusName(status));
        return;
    }
    if (status != BcrDecodeStatusOk) {
        return;
    }
    ExpectInteger(vector, "protocol_major", configuration.protocolMajor, 1);
    ExpectInteger(vector, "protocol_minor", configuration.protocolMinor, 1);
    ExpectInteger(vector, "firmware_major", configuration.firmwareMajor, 1);
    ExpectInteger(vector, "firmware_minor", configuration.firmwareMinor, 1);
    ExpectInteger(vector, "firmware_patch", configuration.firmwarePatch, 1);
    ExpectInteger(vector, "sample_rate_hz", configuration.sampleRateHz, 1);
    ExpectInteger(vector, "accel_full_scale_g", configuration.accelerometerFullScaleG, 1);
    ExpectInteger(vector, "axis_convention", configuration.axisConvention, 1);
    ExpectInteger(vector, "gyro_full_scale_dps", configuration.gyroscopeFullScaleDps, 1);
    ExpectFloatBits(vector, "accel_lsb_scale", configuration.accelerometerLsbScale);
    ExpectFloatBits(vector, "gyro_lsb_scale", configuration.gyroscopeLsbScale);
    ExpectInteger(vector, "roller_diameter_mm", configuration.rollerDiameterMillimetres, 1);
    ExpectInteger(vector, "sensor_offset_mm", configuration.sensorOffsetMillimetres, 1);
    ExpectInteger(vector, "capabilities", configuration.capabilities, 1);
    uint8_t encoded[BCR_CONFIGURATION_SIZE];
    ExpectEncoding(vector, encoded, BcrDeviceConfigurationEncode(&configuration, encoded, sizeof(encoded)));
}

static void CheckCommand(Vector *const vector) {
    BcrControlCommand command;
    const BcrDecodeStatus status = BcrControlCommandDecode(vector->bytes, vector->length, &command);
    if (strcmp(BcrDecodeStatusName(status), vector->status) != 0) {
        Fail(vector, "status differs", BcrDecodeStatusName(status));
        return;
    }
    if (status != BcrDecodeStatusOk) {
        return;
    }
    // Parameters absent from a vector must decode as 0.
    ExpectInteger(vector, "opcode", command.opcode, 1);
    ExpectInteger(vector, "token", command.token, 1);
    ExpectInteger(vector, "sample_rate_hz", command.sampleRateHz, 0);
    ExpectInteger(vector, "zero_gyro_ms", command.zeroGyroMilliseconds, 0);
    ExpectInteger(vector, "identify_s", command.identifySeconds, 0);
    ExpectInteger(vector, "intensity_percent", command.haptic.intensityPercent, 0);
    ExpectInteger(vector, "pulse_count", command.haptic.pulseCount, 0);
    ExpectInteger(vector, "on_ms", command.haptic.onMilliseconds, 0);
    ExpectInteger(vector, "off_ms", command.haptic.offMilliseconds, 0);
    uint8_t encoded[BCR_COMMAND_MAX_SIZE];
    ExpectEncoding(vector, encoded, BcrControlCommandEncode(&command, encoded, sizeof(encoded)));
}

static void CheckResponse(Vector *const vector) {
    BcrControlResponse response;
    const BcrDecodeStatus status = BcrControlResponseDecode(vector->bytes, vector->length, &response);
    if (strcmp(BcrDecodeStatusName(status), vector->status) != 0) {
        Fail(vector, "status differs", BcrDecodeStatusName(status));
        return;
    }
    if (status != BcrDecodeStatusOk) {
        return;
    }
    ExpectInteger(vector, "request_opcode", response.requestOpcode, 1);
    ExpectInteger(vector, "token", response.token, 1);
    ExpectInteger(vector, "result", response.result, 1);
    uint8_t encoded[BCR_RESPONSE_SIZE];
    ExpectEncoding(vector, encoded, BcrControlResponseEncode(&response, encoded, sizeof(encoded)));
}

static void CheckStatus(Vector *const vector) {
    BcrDeviceStatus deviceStatus;
    const BcrDecodeStatus status = BcrDeviceStatusDecode(vector->bytes, vector->length, &deviceStatus);
    if (strcmp(BcrDecodeStatusName(status), vector->status) != 0) {
        Fail(vector, "status differs", BcrDecodeStatusName(status));
        return;
    }
    if (status != BcrDecodeStatusOk) {
        return;
    }
    ExpectInteger(vector, "battery_percent", deviceStatus.batteryPercent, 1);
    ExpectInteger(vector, "flags", deviceStatus.flags, 1);
    ExpectInteger(vector, "sensor_fault", deviceStatus.sensorFault, 1);
    ExpectInteger(vector, "dropped_samples", deviceStatus.droppedSamples, 1);
    uint8_t encoded[BCR_STATUS_SIZE];
    ExpectEncoding(vector, encoded, BcrDeviceStatusEncode(&deviceStatus, encoded, sizeof(encoded)));
}

//------------------------------------------------------------------------------
// Functions - parsing

static int ParseHex(Vector *const vector) {
    vector->length = 0;
    const char *cursor = vector->hex;
    while (*cursor != '\0') {
        if (*cursor == ' ') {
            cursor++;
            continue;
        }
        char *end = NULL;
        const char pair[3] = {cursor[0], cursor[1], '\0'};
        const unsigned long value = strtoul(pair, &end, 16);
        if ((cursor[1] == '\0') || (end != &pair[2]) || (vector->length >= MAX_BYTES)) {
            return 0;
        }
        vector->bytes[vector->length++] = (uint8_t) value;
        cursor += 2;
    }
    return 1;
}

static void RunVector(Vector *const vector) {
    if (vector->name[0] == '\0') {
        return;
    }
    vectorsRun++;
    if (!ParseHex(vector)) {
        Fail(vector, "bad hex", vector->hex);
        return;
    }
    const int failuresBefore = failures;
    if (strcmp(vector->kind, "imu") == 0) {
        CheckImu(vector);
    } else if (strcmp(vector->kind, "configuration") == 0) {
        CheckConfiguration(vector);
    } else if (strcmp(vector->kind, "control_command") == 0) {
        CheckCommand(vector);
    } else if (strcmp(vector->kind, "control_response") == 0) {
        CheckResponse(vector);
    } else if (strcmp(vector->kind, "status") == 0) {
        CheckStatus(vector);
    } else {
        Fail(vector, "unknown kind", vector->kind);
        return;
    }
    if (failures != failuresBefore) {
        return;
    }
    for (int index = 0; index < vector->fieldCount; index++) {
        if (!vector->fields[index].used) {
            Fail(vector, "field not checked", vector->fields[index].key);
        }
    }
}

static void StartVector(Vector *const vector, const char *const file, const int line) {
    memset(vector, 0, sizeof(*vector));
    vector->file = file;
    vector->line = line;
    vector->canonical = 1;
}

static int RunFile(const char *const path) {
    FILE *const file = fopen(path, "r");
    if (file == NULL) {
        fprintf(stderr, "%s: cannot open\n", path);
        return 0;
    }
    static Vector vector;
    static char line[MAX_LINE];
    StartVector(&vector, path, 0);
    int lineNumber = 0;
    int vectorsInFile = 0;
    while (fgets(line, sizeof(line), file) != NULL) {
        lineNumber++;
        line[strcspn(line, "\r\n")] = '\0';
        if ((line[0] == '\0') || (line[0] == '#')) {
            continue;
        }
        char *const colon = strchr(line, ':');
        if (colon == NULL) {
            fprintf(stderr, "%s:%d: expected 'key: value'\n", path, lineNumber);
            failures++;
            continue;
        }
        *colon = '\0';
        const char *const key = line;
        const char *value = colon + 1;
        while (*value == ' ') {
            value++;
        }
        int fits = 1;
        if (strcmp(key, "name") == 0) {
            RunVector(&vector);
            StartVector(&vector, path, lineNumber);
            fits = CopyText(vector.name, sizeof(vector.name), value);
            vectorsInFile++;
        } else if (strcmp(key, "kind") == 0) {
            fits = CopyText(vector.kind, sizeof(vector.kind), value);
        } else if (strcmp(key, "hex") == 0) {
            fits = CopyText(vector.hex, sizeof(vector.hex), value);
        } else if (strcmp(key, "status") == 0) {
            fits = CopyText(vector.status, sizeof(vector.status), value);
        } else if (strcmp(key, "canonical") == 0) {
            vector.canonical = strcmp(value, "no") != 0;
        } else if (vector.fieldCount < MAX_FIELDS) {
            Field *const field = &vector.fields[vector.fieldCount++];
            fits = CopyText(field->key, sizeof(field->key), key) && CopyText(field->value, sizeof(field->value), value);
        } else {
            fits = 0;
        }
        if (!fits) {
            fprintf(stderr, "%s:%d: line too long or too many fields\n", path, lineNumber);
            failures++;
        }
    }
    RunVector(&vector);
    fclose(file);
    if (vectorsInFile == 0) {
        fprintf(stderr, "%s: no vectors\n", path);
        failures++;
    }
    return vectorsInFile;
}

int main(const int argc, const char *const argv[]) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s VECTOR_FILE...\n", argv[0]);
        return 2;
    }
    for (int index = 1; index < argc; index++) {
        const int count = RunFile(argv[index]);
        printf("%s: %d vectors\n", argv[index], count);
    }
    printf("%d vectors, %d failures\n", vectorsRun, failures);
    return failures == 0 ? 0 : 1;
}

//------------------------------------------------------------------------------
// End of file
