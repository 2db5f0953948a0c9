namespace Optpoline.Workloads.FileSystem.Vfs;

/// <summary>What NTCreateX does when the file exists or not.</summary>
public enum CreateDisposition
{
    /// <summary>Open an existing file; fail if missing.</summary>
    Open,

    /// <summary>Create a new file; fail if it exists.</summary>
    Create,

    /// <summary>Open, or create if missing.</summary>
    OpenIf,

    /// <summary>Truncate, or create if missing.</summary>
    OverwriteIf,
}
