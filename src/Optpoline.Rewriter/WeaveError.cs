namespace Optpoline.Rewriter;

/// <summary>Why an assembly was refused. Each kind maps to one exit code of the <c>optpoline</c> command.</summary>
public enum WeaveError
{
    /// <summary>The file is not a .NET assembly (or does not exist).</summary>
    NotAnAssembly,

    /// <summary>The file is cut short or its metadata is damaged.</summary>
    Corrupt,

    /// <summary>ReadyToRun (precompiled) image: its native code would not match rewritten IL.</summary>
    ReadyToRun,

    /// <summary>Mixed-mode image (native code besides IL): Cecil cannot write it back.</summary>
    MixedMode,

    /// <summary>The assembly already carries <c>[assembly: OptpolineWoven]</c>.</summary>
    AlreadyWoven,

    /// <summary>An assembly the input references could not be found.</summary>
    MissingDependency,

    /// <summary>The output (or the key file) could not be read or written.</summary>
    Io,

    /// <summary>The profile given to bake guards from is not an Optpoline report.</summary>
    BadProfile,
}
