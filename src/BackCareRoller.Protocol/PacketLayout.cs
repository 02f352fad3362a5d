namespace BackCareRoller.Protocol;

/// <summary>
/// Sizes, offsets, ranges and identifiers of the BLE protocol (firmware-protocol/SPEC.md), one constant per
/// <c>#define</c> of <c>bcr_protocol.h</c>: <c>BCR_IMU_HEADER_SIZE</c> is <see cref="ImuHeaderSize"/> (drop the
/// <c>BCR_</c> prefix, PascalCase each word). A test reads the header and fails on any difference.
/// </summary>
/// <remarks>Multi-byte fields are little-endian. Bit flags and code sets are the enums beside the messages.</remarks>
public static class PacketLayout
{
    // Versions and identifiers (SPEC.md sections 2, 3 and 9).

    /// <summary>Protocol major version this library speaks; a packet or device with another major is rejected.</summary>
    public const int ProtocolVersionMajor = 1;

    /// <summary>Protocol minor version this library implements; later minors only add (SPEC.md section 9).</summary>
    public const int ProtocolVersionMinor = 0;

    /// <summary>Start of the advertised complete local name, followed by four upper-case hex digits.</summary>
    public const string AdvertisedNamePrefix = "BCR-";

    /// <summary>128-bit UUID of the BackCareRoller service, also carried in the advertisement.</summary>
    public const string ServiceUuid = "8e4b1000-3c6f-4d2a-9f15-7a0c2e9b5d41";

    /// <summary>UUID of the IMU data characteristic (notify).</summary>
    public const string ImuDataUuid = "8e4b1001-3c6f-4d2a-9f15-7a0c2e9b5d41";

    /// <summary>UUID of the device configuration characteristic (read).</summary>
    public const string ConfigurationUuid = "8e4b1002-3c6f-4d2a-9f15-7a0c2e9b5d41";

    /// <summary>UUID of the control point characteristic (write with response, indicate).</summary>
    public const string ControlPointUuid = "8e4b1003-3c6f-4d2a-9f15-7a0c2e9b5d41";

    /// <summary>UUID of the status characteristic (read, notify).</summary>
    public const string StatusUuid = "8e4b1004-3c6f-4d2a-9f15-7a0c2e9b5d41";

    /// <summary>Bluetooth SIG Device Information service.</summary>
    public const int DeviceInformationServiceUuid = 0x180A;

    /// <summary>Bluetooth SIG Manufacturer Name String characteristic.</summary>
    public const int ManufacturerNameUuid = 0x2A29;

    /// <summary>Bluetooth SIG Model Number String characteristic.</summary>
    public const int ModelNumberUuid = 0x2A24;

    /// <summary>Bluetooth SIG Serial Number String characteristic.</summary>
    public const int SerialNumberUuid = 0x2A25;

    /// <summary>Bluetooth SIG Hardware Revision String characteristic.</summary>
    public const int HardwareRevisionUuid = 0x2A27;

    /// <summary>Bluetooth SIG Firmware Revision String characteristic.</summary>
    public const int FirmwareRevisionUuid = 0x2A26;

    /// <summary>Bluetooth SIG Battery service.</summary>
    public const int BatteryServiceUuid = 0x180F;

    /// <summary>Bluetooth SIG Battery Level characteristic (percent).</summary>
    public const int BatteryLevelUuid = 0x2A19;

    // ATT sizes (Bluetooth Core Specification, Vol 3, Part F).

    /// <summary>ATT MTU in bytes every connection starts with.</summary>
    public const int DefaultAttMtu = 23;

    /// <summary>Bytes of a notification that are not value (opcode and handle): a value may be MTU − 3 bytes.</summary>
    public const int AttNotificationOverhead = 3;

    /// <summary>ATT MTU in bytes the device requests: one link-layer packet with data length extension.</summary>
    public const int PreferredAttMtu = 247;

    // IMU data packet (SPEC.md section 4).

    /// <summary>Bytes before the first sample.</summary>
    public const int ImuHeaderSize = 8;

    /// <summary>Bytes per sample: six int16 (ax, ay, az, gx, gy, gz).</summary>
    public const int ImuSampleSize = 12;

    /// <summary>Most samples in one packet: the count field is 4 bits wide.</summary>
    public const int ImuMaxSamples = 15;

    /// <summary>Bytes of a full packet (188).</summary>
    public const int ImuMaxPacketSize = ImuHeaderSize + (ImuMaxSamples * ImuSampleSize);

    /// <summary>u8: protocol major version in bits 7..4, sample count in bits 3..0.</summary>
    public const int ImuOffsetVersionCount = 0;

    /// <summary>u8: <see cref="Imu.ImuPacketFlags"/>.</summary>
    public const int ImuOffsetFlags = 1;

    /// <summary>u16: packet sequence number, wraps.</summary>
    public const int ImuOffsetSequence = 2;

    /// <summary>u32: device clock in µs when the first sample was taken, wraps.</summary>
    public const int ImuOffsetTimestamp = 4;

    /// <summary>Offset of the first sample.</summary>
    public const int ImuOffsetSamples = 8;

    /// <summary>Right shift that takes the version out of the version/count byte.</summary>
    public const int ImuVersionShift = 4;

    /// <summary>Mask of the sample count in the version/count byte.</summary>
    public const int ImuCountMask = 0x0F;

    /// <summary>int16 accelerometer x, LSB, within a sample.</summary>
    public const int SampleOffsetAccelX = 0;

    /// <summary>int16 accelerometer y, LSB, within a sample.</summary>
    public const int SampleOffsetAccelY = 2;

    /// <summary>int16 accelerometer z, LSB, within a sample.</summary>
    public const int SampleOffsetAccelZ = 4;

    /// <summary>int16 gyroscope x, LSB, within a sample.</summary>
    public const int SampleOffsetGyroX = 6;

    /// <summary>int16 gyroscope y, LSB, within a sample.</summary>
    public const int SampleOffsetGyroY = 8;

    /// <summary>int16 gyroscope z, LSB, within a sample.</summary>
    public const int SampleOffsetGyroZ = 10;

    /// <summary>Flags defined in 1.0; a host ignores the others.</summary>
    public const int ImuKnownFlagsMask = 0x07;

    /// <summary>Milliseconds at most between a packet's first sample and its notification.</summary>
    public const int ImuMaxLatencyMs = 50;

    // Device configuration characteristic (SPEC.md section 5).

    /// <summary>Bytes of the 1.0 configuration value; later minors may append fields.</summary>
    public const int ConfigurationSize = 24;

    /// <summary>u8 protocol major version.</summary>
    public const int ConfigurationOffsetProtocolMajor = 0;

    /// <summary>u8 protocol minor version.</summary>
    public const int ConfigurationOffsetProtocolMinor = 1;

    /// <summary>u8 firmware major version.</summary>
    public const int ConfigurationOffsetFirmwareMajor = 2;

    /// <summary>u8 firmware minor version.</summary>
    public const int ConfigurationOffsetFirmwareMinor = 3;

    /// <summary>u16 firmware patch version.</summary>
    public const int ConfigurationOffsetFirmwarePatch = 4;

    /// <summary>u16 current sample rate, Hz.</summary>
    public const int ConfigurationOffsetSampleRate = 6;

    /// <summary>u8 accelerometer full scale, ± g.</summary>
    public const int ConfigurationOffsetAccelFullScale = 8;

    /// <summary>u8 axis convention.</summary>
    public const int ConfigurationOffsetAxisConvention = 9;

    /// <summary>u16 gyroscope full scale, ± degrees per second.</summary>
    public const int ConfigurationOffsetGyroFullScale = 10;

    /// <summary>float32 accelerometer scale, m/s² per LSB.</summary>
    public const int ConfigurationOffsetAccelLsbScale = 12;

    /// <summary>float32 gyroscope scale, rad/s per LSB.</summary>
    public const int ConfigurationOffsetGyroLsbScale = 16;

    /// <summary>u16 roller diameter, mm (0 = unknown).</summary>
    public const int ConfigurationOffsetRollerDiameter = 20;

    /// <summary>u8 distance from the roller axis to the IMU, mm.</summary>
    public const int ConfigurationOffsetSensorOffset = 22;

    /// <summary>u8 capability flags.</summary>
    public const int ConfigurationOffsetCapabilities = 23;

    /// <summary>Lowest valid sample rate, Hz.</summary>
    public const int SampleRateMinHz = 1;

    /// <summary>Highest valid sample rate, Hz.</summary>
    public const int SampleRateMaxHz = 1000;

    /// <summary>Sample rate after power-on, Hz.</summary>
    public const int DefaultSampleRateHz = 100;

    // Control point (SPEC.md section 6).

    /// <summary>Bytes of a command before its parameters: opcode and token.</summary>
    public const int CommandHeaderSize = 2;

    /// <summary>u8 opcode.</summary>
    public const int CommandOffsetOpcode = 0;

    /// <summary>u8 token, echoed in the response so the host can match it.</summary>
    public const int CommandOffsetToken = 1;

    /// <summary>First parameter byte.</summary>
    public const int CommandOffsetParameters = 2;

    /// <summary>Bytes of the longest command (haptic pulse).</summary>
    public const int CommandMaxSize = 8;

    /// <summary>Parameter bytes of set sample rate: u16 Hz.</summary>
    public const int SetSampleRateParametersSize = 2;

    /// <summary>Parameter bytes of zero gyro: u16 ms.</summary>
    public const int ZeroGyroParametersSize = 2;

    /// <summary>Parameter bytes of identify: u8 s.</summary>
    public const int IdentifyParametersSize = 1;

    /// <summary>Parameter bytes of haptic pulse: u8 %, u8 count, u16 ms on, u16 ms off.</summary>
    public const int HapticPulseParametersSize = 6;

    /// <summary>Zero-gyro averaging time in ms when the command says 0.</summary>
    public const int ZeroGyroDefaultMs = 1000;

    /// <summary>Shortest zero-gyro averaging time, ms.</summary>
    public const int ZeroGyroMinMs = 100;

    /// <summary>Longest zero-gyro averaging time, ms.</summary>
    public const int ZeroGyroMaxMs = 10000;

    /// <summary>Identify duration in s when the command says 0.</summary>
    public const int IdentifyDefaultS = 3;

    /// <summary>Longest identify duration, s.</summary>
    public const int IdentifyMaxS = 60;

    /// <summary>Highest haptic intensity, percent.</summary>
    public const int HapticMaxIntensityPercent = 100;

    /// <summary>Most pulses in one haptic pattern.</summary>
    public const int HapticMaxPulseCount = 10;

    /// <summary>Longest haptic pulse, ms.</summary>
    public const int HapticMaxOnMs = 2000;

    /// <summary>Shortest haptic pulse, ms: shorter ones are not felt through a foam roller.</summary>
    public const int HapticMinOnMs = 10;

    /// <summary>Longest pause between haptic pulses, ms.</summary>
    public const int HapticMaxOffMs = 2000;

    /// <summary>Bytes of a 1.0 response; later minors may append data.</summary>
    public const int ResponseSize = 4;

    /// <summary>First byte of every control point indication.</summary>
    public const int ResponseCode = 0x80;

    /// <summary>u8 response code.</summary>
    public const int ResponseOffsetCode = 0;

    /// <summary>u8 opcode of the command answered.</summary>
    public const int ResponseOffsetRequestOpcode = 1;

    /// <summary>u8 token of the command answered.</summary>
    public const int ResponseOffsetToken = 2;

    /// <summary>u8 result code.</summary>
    public const int ResponseOffsetResult = 3;

    /// <summary>Milliseconds a host waits for a response (for zero gyro, plus the averaging time).</summary>
    public const int CommandTimeoutMs = 1000;

    // Status characteristic (SPEC.md section 7).

    /// <summary>Bytes of the 1.0 status value; later minors may append fields.</summary>
    public const int StatusSize = 5;

    /// <summary>u8 battery charge, percent, or <see cref="BatteryUnknown"/>.</summary>
    public const int StatusOffsetBattery = 0;

    /// <summary>u8 status flags.</summary>
    public const int StatusOffsetFlags = 1;

    /// <summary>u8 sensor fault code.</summary>
    public const int StatusOffsetSensorFault = 2;

    /// <summary>u16 samples dropped on the device since streaming started, saturating.</summary>
    public const int StatusOffsetDroppedSamples = 3;

    /// <summary>Battery value meaning "not measured".</summary>
    public const int BatteryUnknown = 0xFF;
}
