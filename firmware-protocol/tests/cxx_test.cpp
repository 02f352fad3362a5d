/**
 * @file cxx_test.cpp
 * @brief Proves bcr_protocol.h compiles as C++ (its extern "C" guard) and encodes the
 * same bytes there: a firmware project built with a C++ compiler can include it too.
 */

#include "bcr_protocol.h"
#include <cstdio>
#include <cstring>

int main() {
    BcrImuPacket packet = {};
    packet.flags = BCR_IMU_FLAG_STREAM_START;
    packet.timestampMicroseconds = 1000000;
    packet.sampleCount = 1;
    packet.samples[0].accelerometer[0] = 12;
    packet.samples[0].accelerometer[1] = -34;
    packet.samples[0].accelerometer[2] = 8192;
    packet.samples[0].gyroscope[0] = 5;
    packet.samples[0].gyroscope[1] = -6;
    packet.samples[0].gyroscope[2] = 7;
    uint8_t buffer[BCR_IMU_MAX_PACKET_SIZE];
    const size_t size = BcrImuPacketEncode(&packet, buffer, sizeof(buffer));
    // The bytes of vector imu_one_sample_default_mtu.
    const uint8_t expected[] = {0x11, 0x01, 0x00, 0x00, 0x40, 0x42, 0x0f, 0x00, 0x0c, 0x00,
                                0xde, 0xff, 0x00, 0x20, 0x05, 0x00, 0xfa, 0xff, 0x07, 0x00};
    const bool same = (size == sizeof(expected)) && (std::memcmp(buffer, expected, size) == 0);
    std::printf("C++ encode %s\n", same ? "matches" : "differs");
    return same ? 0 : 1;
}

//------------------------------------------------------------------------------
// End of file
