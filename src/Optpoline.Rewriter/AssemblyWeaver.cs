using Mono.Cecil;
using Mono.Cecil.Cil;
using Optpoline.Rewriter.Inspection;
using Optpoline.Rewriter.Output;
using Optpoline.Rewriter.Weaving;

namespace Optpoline.Rewriter;

/// <summary>
/// Weaves one assembly: every rewritable virtual call is routed through a per-site shim bound to an
/// Optpoline call site, and the result is written next to (or over) the original.
/// </summary>
/// <remarks>
/// The input is inspected (<see cref="ImageInspector"/>), read whole into memory with its symbols,
/// woven, and written to memory; only then are the assembly and its PDB renamed into place, each
/// atomically. A refusal (<see cref="WeaveException"/>) therefore leaves every file as it was.
/// </remarks>
public static class AssemblyWeaver
{
    /// <summary>The version recorded in <c>[assembly: OptpolineWoven]</c>.</summary>
    public const string Version = "0.1.0";

    /// <summary>The Optpoline runtime that woven assemblies reference; it must be deployed beside them.</summary>
    public static string RuntimeAssemblyPath => typeof(OptpolineWovenAttribute).Assembly.Location;

    /// <summary>Weaves <paramref name="inputPath"/> into <paramref name="outputPath"/> (which may be the same file).</summary>
    /// <exception cref="WeaveException">The input is refused or the output cannot be written; nothing was written.</exception>
    public static WeaveResult Weave(string inputPath, string outputPath, WeaveOptions? options = null)
    {
        outputPath = Path.GetFullPath(outputPath);
        var woven = WeaveToMemory(inputPath, options);
        if (woven.Image is null)
        {
            return woven.Result;
        }

        try
        {
            AtomicFile.WriteAllBytes(outputPath, woven.Image);
            if (woven.Symbols is { } symbols)
            {
                AtomicFile.WriteAllBytes(Path.ChangeExtension(outputPath, ".pdb"), symbols);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WeaveException(WeaveError.Io, $"{outputPath} could not be written: {e.Message}", e);
        }

        return woven.Result with { OutputPath = outputPath };
    }

    /// <summary>
    /// Weaves <paramref name="inputPath"/> (with the PDB beside it, when there is one) into memory, for
    /// loading with <see cref="System.Runtime.Loader.AssemblyLoadContext.LoadFromStream(Stream, Stream?)"/>.
    /// </summary>
    /// <exception cref="WeaveException">The input is refused.</exception>
    public static WovenImage WeaveToMemory(string inputPath, WeaveOptions? options = null)
    {
        options ??= new WeaveOptions();
        inputPath = Path.GetFullPath(inputPath);
        var name = Path.GetFileName(inputPath);
        var facts = ImageInspector.Inspect(inputPath);
        var bytes = File.ReadAllBytes(inputPath);
        var pdbPath = Path.ChangeExtension(inputPath, ".pdb");
        var pdb = File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null;

        using var resolver = new InMemoryAssemblyResolver(options.ReferenceDirectories.Prepend(Path.GetDirectoryName(inputPath)!), options.ReferenceLocator);
        using var assembly = Read(name, bytes, pdb, resolver);
        var module = assembly.MainModule;
        var assemblyName = assembly.Name.Name;
        if (assembly.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(OptpolineWovenAttribute).FullName))
        {
            throw new WeaveException(WeaveError.AlreadyWoven, $"{name} is already woven by Optpoline (it has [assembly: OptpolineWoven]); weave the original build instead.");
        }

        var filter = new TypeFilter(options.Include, options.Exclude);
        using var runtime = ModuleDefinition.ReadModule(RuntimeAssemblyPath, new ReaderParameters { InMemory = true });
        var weaver = new ModuleWeaver(module, runtime, filter, options);
        try
        {
            weaver.WeaveAll();
        }
        catch (AssemblyResolutionException e)
        {
            throw new WeaveException(WeaveError.MissingDependency, $"{name} references {e.AssemblyReference.FullName}, which was found neither beside it nor in a --reference folder; the rewriter needs it to tell which calls are virtual.", e);
        }

        if (options.SkipUnchanged && weaver.Rewritten == 0)
        {
            return new WovenImage(Result(weaver, assemblyName, facts, resigned: false, symbolsKept: false, ["no site to rewrite: left as it is"]), null, null);
        }

        var notes = new List<string>();
        if (weaver.Baker is { Sites: 0 } baker && baker.Rejected.GetValueOrDefault(Baking.BakeRejection.OtherBuild) > 0)
        {
            notes.Add($"the profile was recorded on another build of {name} (its MVID differs): record it on this very build - same configuration, runtime identifier and output path (a RID-specific or AOT publish compiles another build than 'dotnet build').");
        }

        var resigned = false;
        byte[]? key = null;
        if (facts.StrongNamed)
        {
            if (options.KeyFile is { } keyFile)
            {
                key = ReadKey(keyFile);
                resigned = true;
                notes.Add($"{name} was strong-named: re-signed with {Path.GetFileName(keyFile)}.");
            }
            else
            {
                notes.Add($"{name} was strong-named: its signature is no longer valid (.NET does not check it; .NET Framework does). Pass --key to re-sign.");
            }
        }

        assembly.CustomAttributes.Add(new CustomAttribute(weaver.Runtime.WovenAttributeConstructor)
        {
            ConstructorArguments =
            {
                new CustomAttributeArgument(module.TypeSystem.String, Version),
                new CustomAttributeArgument(module.TypeSystem.Int32, weaver.Rewritten),
            },
            Properties =
            {
                new CustomAttributeNamedArgument(nameof(OptpolineWovenAttribute.OriginalModuleVersionId), new CustomAttributeArgument(module.TypeSystem.String, module.Mvid.ToString("D"))),
            },
        });

        var symbolsKept = module.HasSymbols;
        var publicKey = assembly.Name.PublicKey ?? [];
        var (image, symbols) = Write(assembly, key, name);
        if (resigned && !publicKey.AsSpan().SequenceEqual(assembly.Name.PublicKey ?? []))
        {
            notes.Add($"the key is not the one {name} was signed with: its identity (public key token) changed, so assemblies that reference it need rebuilding.");
        }

        return new WovenImage(Result(weaver, assemblyName, facts, resigned, symbolsKept, notes), image, symbols);
    }

    private static WeaveResult Result(ModuleWeaver weaver, string assemblyName, ImageFacts facts, bool resigned, bool symbolsKept, List<string> notes) => new()
    {
        AssemblyName = assemblyName,
        ModuleVersionId = weaver.ModuleVersionId,
        SitesFound = weaver.Found,
        SitesRewritten = weaver.Rewritten,
        DelegateSitesRewritten = weaver.RewrittenDelegates,
        ConstrainedSitesRewritten = weaver.RewrittenConstrained,
        GenericSitesRewritten = weaver.RewrittenInGenericCode,
        Skipped = weaver.Skipped.ToDictionary(),
        GenericSitesSkipped = weaver.SkippedInGenericCode.ToDictionary(),
        Mode = weaver.Mode,
        SitesExplored = weaver.Baker?.Explored ?? 0,
        SitesBaked = weaver.Baker?.Sites ?? 0,
        GenericSitesBaked = weaver.Baker?.SitesInGenericCode ?? 0,
        GuardsBaked = weaver.Baker?.Guards ?? 0,
        BakeRejected = weaver.Baker?.Rejected.ToDictionary() ?? [],
        SymbolsKept = symbolsKept,
        StrongNamed = facts.StrongNamed,
        Resigned = resigned,
        Notes = notes,
    };

    private static AssemblyDefinition Read(string name, byte[] bytes, byte[]? pdb, IAssemblyResolver resolver)
    {
        var parameters = new ReaderParameters
        {
            AssemblyResolver = resolver,
            ReadingMode = ReadingMode.Immediate,
            InMemory = true,
            ReadSymbols = true,
            SymbolReaderProvider = new DefaultSymbolReaderProvider(throwIfNoSymbol: false),
            SymbolStream = pdb is null ? null : new MemoryStream(pdb, writable: false),
            ThrowIfSymbolsAreNotMatching = false,
        };

        try
        {
            return AssemblyDefinition.ReadAssembly(new MemoryStream(bytes, writable: false), parameters);
        }
        catch (Exception e) when (e is BadImageFormatException or EndOfStreamException or ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidOperationException or NotSupportedException)
        {
            throw new WeaveException(WeaveError.Corrupt, $"{name} is truncated or damaged: {e.Message}", e);
        }
    }

    private static byte[] ReadKey(string keyFile)
    {
        try
        {
            return File.ReadAllBytes(keyFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WeaveException(WeaveError.Io, $"The key file {keyFile} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The woven image and its separate PDB (null when the symbols are embedded or there are none).</summary>
    private static (byte[] Image, byte[]? Symbols) Write(AssemblyDefinition assembly, byte[]? key, string name)
    {
        var module = assembly.MainModule;
        var embedded = module.SymbolReader is EmbeddedPortablePdbReader;
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var parameters = new WriterParameters
        {
            DeterministicMvid = true,
            StrongNameKeyBlob = key,
            WriteSymbols = module.HasSymbols,
            SymbolWriterProvider = !module.HasSymbols ? null : embedded ? new EmbeddedSymbolWriterProvider(name) : new PortablePdbWriterProvider(),
            SymbolStream = module.HasSymbols && !embedded ? symbols : null,
        };

        try
        {
            assembly.Write(image, parameters);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or System.Security.Cryptography.CryptographicException)
        {
            throw new WeaveException(WeaveError.Io, $"{name} could not be written: {e.Message}", e);
        }

        return (image.ToArray(), symbols.Length > 0 ? symbols.ToArray() : null);
    }
}
