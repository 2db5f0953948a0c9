using Optpoline.Reporting;

namespace Optpoline.Rewriter.Baking;

/// <summary>
/// A recorded site report, indexed for weaving: sites by (assembly, caller, IL offset).
/// </summary>
public sealed class BakeProfile
{
    private readonly Dictionary<(string Assembly, string Caller, int ILOffset), SiteSnapshot> _sites;

    // A site in generic code reports one site per instantiation of its caller, all with one origin.
    private readonly Dictionary<(string Assembly, string Caller, int ILOffset), List<SiteSnapshot>> _instantiations;

    private BakeProfile(SiteReport report, BakeSettings settings, string? source)
    {
        Report = report;
        Settings = settings;
        Source = source;
        _sites = [];
        _instantiations = [];
        foreach (var site in report.Sites)
        {
            if (site.Origin is { } origin)
            {
                var key = (origin.Assembly, origin.Caller, origin.ILOffset);
                _sites.TryAdd(key, site);
                if (!_instantiations.TryGetValue(key, out var all))
                {
                    _instantiations[key] = all = [];
                }

                all.Add(site);
            }
        }
    }

    /// <summary>The report the profile was made from.</summary>
    public SiteReport Report { get; }

    /// <summary>When a site counts as stable, and how many guards to bake.</summary>
    public BakeSettings Settings { get; }

    /// <summary>The file the profile was read from, if any.</summary>
    public string? Source { get; }

    /// <summary>Sites the profile names, across all assemblies.</summary>
    public int Count => _sites.Count;

    /// <summary>A profile from a report taken in process (<c>OptpolineRuntime.Report()</c>).</summary>
    public static BakeProfile FromReport(SiteReport report, BakeSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new BakeProfile(report, Validated(settings), null);
    }

    /// <summary>Reads a report written by <c>optpoline run --report</c> (or <see cref="SiteReport.ToJson"/>).</summary>
    /// <exception cref="WeaveException">The file cannot be read or holds no Optpoline report.</exception>
    public static BakeProfile Load(string path, BakeSettings? settings = null)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WeaveException(WeaveError.Io, $"The profile {path} cannot be read: {e.Message}", e);
        }

        try
        {
            return new BakeProfile(SiteReport.FromJson(json), Validated(settings), path);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or ArgumentException)
        {
            throw new WeaveException(WeaveError.BadProfile, $"The profile {path} is not an Optpoline report: {e.Message}", e);
        }
    }

    /// <summary>The profiled site at <paramref name="ilOffset"/> of <paramref name="caller"/> in <paramref name="assembly"/>, if any.</summary>
    internal SiteSnapshot? Find(string assembly, string caller, int ilOffset) =>
        _sites.GetValueOrDefault((assembly, caller, ilOffset));

    /// <summary>Every profiled site at <paramref name="ilOffset"/> of <paramref name="caller"/>: one per instantiation for a site in generic code.</summary>
    internal IReadOnlyList<SiteSnapshot> FindAll(string assembly, string caller, int ilOffset) =>
        _instantiations.TryGetValue((assembly, caller, ilOffset), out var all) ? all : [];

    /// <summary>Whether the profile has sites of <paramref name="assembly"/> recorded from the build with this MVID.</summary>
    internal bool Covers(string assembly, Guid moduleVersionId) =>
        _sites.Values.Any(s => s.Origin!.Assembly == assembly && s.Origin.ModuleVersionId == moduleVersionId);

    private static BakeSettings Validated(BakeSettings? settings)
    {
        settings ??= new BakeSettings();
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(settings));
        }

        return settings;
    }
}
