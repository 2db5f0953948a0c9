using Optpoline.Rewriter;

namespace Optpoline.Cli;

/// <summary>The <c>optpoline</c> command's exit codes; the help text lists them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int InvalidInput = 3;
    public const int AlreadyWoven = 4;
    public const int MissingDependency = 5;
    public const int Io = 6;
    public const int BadProfile = 7;

    /// <summary>
    /// What a process that dies of an unhandled exception exits with: the runtime aborts (SIGABRT,
    /// seen as 128 + 6 by a parent on Unix) or fails with the CLR exception code on Windows.
    /// </summary>
    public static int UnhandledException => OperatingSystem.IsWindows() ? unchecked((int)0xE0434352) : 134;

    public const string Help = """
        Exit codes:
          0  success
          1  unexpected failure
          2  usage error (bad option, missing input, output would overwrite the input without --in-place)
          3  invalid input: not a .NET assembly, truncated or damaged, ReadyToRun or mixed-mode image
          4  already woven by Optpoline
          5  a dependency of the input was not found (put it beside the input or pass --reference DIR)
          6  a file could not be read or written
          7  the --profile file is not an Optpoline report
        'optpoline run' exits with the app's own exit code once the app has started.
        """;

    public static int For(WeaveError error) => error switch
    {
        WeaveError.NotAnAssembly or WeaveError.Corrupt or WeaveError.ReadyToRun or WeaveError.MixedMode => InvalidInput,
        WeaveError.AlreadyWoven => AlreadyWoven,
        WeaveError.MissingDependency => MissingDependency,
        WeaveError.Io => Io,
        WeaveError.BadProfile => BadProfile,
        _ => Failed,
    };
}
