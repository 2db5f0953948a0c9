using Optpoline.Rewriter;
using Optpoline.Rewriter.Baking;
using Optpoline.Rewriter.Loading;
using Optpoline.Rewriter.Output;
using Spectre.Console;

namespace Optpoline.Cli;

/// <summary>
/// Carries out <c>optpoline weave</c> on a file or a folder. A folder is woven as an app: every
/// assembly the filters allow is woven, everything else is copied as it is (native libraries,
/// ReadyToRun framework images, assemblies with nothing to rewrite), and the Optpoline runtime is
/// deployed and added to the app's deps.json, so the output folder starts like the input did.
/// </summary>
internal sealed class WeaveJob(WeaveRequest request, IAnsiConsole console, TextWriter error)
{
    private const long LargeInput = 4 * 1024 * 1024;
    private BakeProfile? _profile;
    private IReadOnlyList<string> _references = request.References;

    public int Run()
    {
        if (request.Profile is { } profilePath)
        {
            try
            {
                _profile = BakeProfile.Load(Store.ProfileStore.ProfilePath(profilePath), new BakeSettings { MaxTypes = request.MaxGuards, LeaveMonomorphicToJit = request.LeaveMonomorphic ? BakeSettings.MonomorphicShare : null });
            }
            catch (WeaveException e)
            {
                error.WriteLine("optpoline: error: " + e.Message);
                return ExitCodes.For(e.Error);
            }
        }

        var input = Path.GetFullPath(request.Input);
        _references = [.. request.References, .. SharedFrameworkFolders(Directory.Exists(input) ? input : Path.GetDirectoryName(input)!)];
        if (Directory.Exists(input))
        {
            return RunFolder(input.TrimEnd(Path.DirectorySeparatorChar));
        }

        if (!File.Exists(input))
        {
            throw new UsageException($"{request.Input}: no such file or folder.");
        }

        return RunFile(input);
    }

    private int RunFile(string input)
    {
        var output = OutputFile(input);
        var outcome = WithProgress(new FileInfo(input).Length > LargeInput, [input], _ => Weave(input, output, skipUnchanged: false));
        var deployed = outcome[0].Result is not null ? RuntimeDeployment.Deploy(Path.GetDirectoryName(output)!) : [];
        return Report(outcome, deployed);
    }

    private int RunFolder(string input)
    {
        var output = request.InPlace ? input
            : request.Output is { } o ? Path.GetFullPath(o).TrimEnd(Path.DirectorySeparatorChar)
            : input + ".woven";
        if (output == input && !request.InPlace)
        {
            throw new UsageException($"The output folder is the input folder; pass --in-place to weave {input} where it is.");
        }

        var runtimeName = Path.GetFileName(AssemblyWeaver.RuntimeAssemblyPath);
        var assemblies = Directory.EnumerateFiles(input, "*.dll")
            .Where(f => !Path.GetFileName(f).Equals(runtimeName, StringComparison.OrdinalIgnoreCase))
            .Where(f => IsCandidate(Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (output != input)
        {
            CopyTree(input, output);
        }

        var outcomes = WithProgress(true, assemblies, file => Weave(file, Path.Combine(output, Path.GetFileName(file)), skipUnchanged: true));
        var deployed = outcomes.Any(o => o.Result?.OutputPath is not null) ? RuntimeDeployment.Deploy(output) : [];
        return Report(outcomes, deployed);
    }

    /// <summary>
    /// The folders of the shared frameworks other than Microsoft.NETCore.App (Microsoft.AspNetCore.App)
    /// that the apps in <paramref name="folder"/> run on, as their <c>runtimeconfig.json</c> files name
    /// them: the weaver resolves the apps' references to them as the host would load them.
    /// </summary>
    private static IEnumerable<string> SharedFrameworkFolders(string folder)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var config in Directory.EnumerateFiles(folder, "*.runtimeconfig.json"))
        {
            try
            {
                names.UnionWith(AppManifest.ReadRuntimeConfig(config).Frameworks.Select(f => f.Name));
            }
            catch (WeaveException)
            {
                // Not this command's to judge: the weaver reports what it cannot resolve.
            }
        }

        names.Remove(AppManifest.NetCoreApp);
        return names.Order(StringComparer.Ordinal).Select(name => SharedFramework.Find(name)?.Folder).OfType<string>();
    }

    private string OutputFile(string input)
    {
        if (request.InPlace)
        {
            return input;
        }

        var output = request.Output is null ? Path.Combine(Path.GetDirectoryName(input)!, "woven", Path.GetFileName(input))
            : Directory.Exists(request.Output) || request.Output.EndsWith(Path.DirectorySeparatorChar) ? Path.Combine(Path.GetFullPath(request.Output), Path.GetFileName(input))
            : Path.GetFullPath(request.Output);
        if (string.Equals(output, input, StringComparison.Ordinal))
        {
            throw new UsageException($"The output is the input file; pass --in-place to weave {input} where it is.");
        }

        return output;
    }

    /// <summary>Whether a folder's assembly may be woven at all (the weaver applies namespace filters inside).</summary>
    private bool IsCandidate(string name)
    {
        if (request.Exclude.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        return request.Include.Count == 0 || request.Include.Any(i =>
            i.Equals(name, StringComparison.OrdinalIgnoreCase)
            || i.StartsWith(name + ".", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(i + ".", StringComparison.OrdinalIgnoreCase));
    }

    private WeaveOutcome Weave(string input, string output, bool skipUnchanged)
    {
        var options = new WeaveOptions
        {
            Include = request.Include,
            Exclude = request.Exclude,
            KeyFile = request.KeyFile,
            ReferenceDirectories = _references,
            SkipUnchanged = skipUnchanged,
            Profile = _profile,
            Scope = request.All ? WeaveScope.All : WeaveScope.Profitable,
        };
        try
        {
            return new WeaveOutcome(input, AssemblyWeaver.Weave(input, output, options), null, null);
        }
        catch (WeaveException e) when (skipUnchanged && e.Error is WeaveError.NotAnAssembly or WeaveError.ReadyToRun or WeaveError.MixedMode or WeaveError.AlreadyWoven)
        {
            // In an app folder these are expected (native libraries, precompiled framework assemblies,
            // a second run): the copy already in the output is the right file.
            return new WeaveOutcome(input, null, e.Message, null);
        }
        catch (WeaveException e)
        {
            return new WeaveOutcome(input, null, null, e);
        }
    }

    private List<WeaveOutcome> WithProgress(bool show, IReadOnlyList<string> files, Func<string, WeaveOutcome> weave)
    {
        if (!show || !console.Profile.Capabilities.Interactive)
        {
            return files.Select(weave).ToList();
        }

        return console.Progress().Start(context =>
        {
            var task = context.AddTask("weaving", maxValue: Math.Max(1, files.Count));
            var outcomes = new List<WeaveOutcome>();
            foreach (var file in files)
            {
                task.Description = Markup.Escape(Path.GetFileName(file));
                outcomes.Add(weave(file));
                task.Increment(1);
            }

            return outcomes;
        });
    }

    private int Report(IReadOnlyList<WeaveOutcome> outcomes, IReadOnlyList<string> deployed)
    {
        Summary.Write(console, outcomes, deployed);
        var exit = ExitCodes.Ok;
        foreach (var failed in outcomes.Where(o => o.Error is not null))
        {
            error.WriteLine("optpoline: error: " + failed.Error!.Message);
            exit = exit == ExitCodes.Ok ? ExitCodes.For(failed.Error.Error) : exit;
        }

        return exit;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (file.StartsWith(to + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
