namespace Optpoline.Corpus.Tests;

/// <summary>
/// Corpus assemblies that are known to fail, each with a fragment of the message they fail with. A
/// listed assembly must still fail that way: the tests fail when it no longer does (the entry can go)
/// and when it fails some other way.
/// </summary>
internal static class KnownFailures
{
    /// <summary>
    /// Every assembly with an embedded portable PDB is refused with an Io error: the rewriter writes
    /// the woven image to a MemoryStream, and Cecil's EmbeddedPortablePdbWriterProvider accepts only a
    /// file name, which a MemoryStream does not have (Cecil checks the name, and uses it for nothing).
    /// While the bug stands, the corpus test also weaves a copy of each of these with its PDB moved
    /// beside it (<see cref="EmbeddedPdb.MoveBeside"/>), so that their IL is still woven and compiled.
    /// </summary>
    private const string EmbeddedPdb = "Argument null or empty (Parameter 'fileName')";

    public static readonly IReadOnlyDictionary<string, string> Weave = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Dapper.dll"] = EmbeddedPdb,
        ["FluentValidation.dll"] = EmbeddedPdb,
        ["Humanizer.dll"] = EmbeddedPdb,
        ["Mediator.dll"] = EmbeddedPdb,
        ["MessagePack.Annotations.dll"] = EmbeddedPdb,
        ["MessagePack.dll"] = EmbeddedPdb,
        ["protobuf-net.Core.dll"] = EmbeddedPdb,
        ["protobuf-net.dll"] = EmbeddedPdb,
        ["Spectre.Console.Ansi.dll"] = EmbeddedPdb,
        ["Spectre.Console.dll"] = EmbeddedPdb,
    };

    /// <summary>
    /// Assemblies that weave and compile, but crash the woven app. The Optpoline runtime itself calls
    /// System.Diagnostics.DiagnosticSource while it starts (OptpolineRuntime.CreatePatcher, in
    /// OptpolineMetrics.Initialize: new Meter, CreateCounter). An app that ships that assembly as a
    /// package newer than the framework's (Microsoft.Extensions.Logging.Abstractions 11 depends on
    /// one) loads the app's copy, which is woven: a site in Meter.GetOrCreateInstrument is created
    /// while the runtime's Lazy&lt;Patcher&gt; is being created, asks for it again, and the Lazy
    /// throws. The exception (kept by the Lazy, so every later site fails too) escapes the app's first
    /// woven call as a TypeInitializationException, and the process aborts. WovenAppTests leaves these
    /// assemblies as built in the woven app, and shows the crash on its own.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Run = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Diagnostics.DiagnosticSource.dll"] = "ValueFactory attempted to access the Value property of this instance",
    };
}
