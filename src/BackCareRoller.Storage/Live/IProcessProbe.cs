namespace BackCareRoller.Storage.Live;

/// <summary>Looks at this machine's processes; faked in tests of the ownership rule.</summary>
internal interface IProcessProbe
{
    /// <summary>Who this process is.</summary>
    OwnerIdentity Current { get; }

    /// <summary>Whether the process <paramref name="processId"/> runs and, when <paramref name="startedUtcMs"/> is given, started then.</summary>
    bool IsRunning(int processId, long? startedUtcMs);
}
