namespace Optpoline.Rewriter;

/// <summary>What to weave and how.</summary>
public sealed record WeaveOptions
{
    /// <summary>
    /// Assembly names or namespace prefixes to weave; empty means everything. A value matches an
    /// assembly by its simple name, and a type when it is the type's namespace or a dotted prefix of it.
    /// </summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Assembly names or namespace prefixes to leave alone; wins over <see cref="Include"/>.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>A strong-name key (.snk) to re-sign strong-named assemblies with.</summary>
    public string? KeyFile { get; init; }

    /// <summary>Write nothing when no site was rewritten (weaving a folder: such assemblies are copied as they are).</summary>
    public bool SkipUnchanged { get; init; }

    /// <summary>Extra folders where the input's dependencies are looked for (the input's folder always is).</summary>
    public IReadOnlyList<string> ReferenceDirectories { get; init; } = [];

    /// <summary>
    /// Finds a dependency's file by its simple name (null when unknown), asked before the folders:
    /// a load context passes its app's resolver here, so dependencies are found where the app finds them.
    /// </summary>
    public Func<string, string?>? ReferenceLocator { get; init; }

    /// <summary>
    /// A recorded profile: stable sites get inline guards for their hot receiver types ahead of the
    /// adaptive site. Null weaves every site without guards.
    /// </summary>
    public Baking.BakeProfile? Profile { get; init; }

    /// <summary>Which calls to weave (see <see cref="WeaveScope"/>); every call unless told otherwise.</summary>
    public WeaveScope Scope { get; init; } = WeaveScope.All;

    /// <summary>
    /// Sites of the profile to weave adaptively although the profile shows no gain for them (it
    /// would leave them as compiled): a small sample per run, so that a site whose receivers have
    /// changed since it was recorded is seen again. By (assembly, caller, IL offset), as the profile
    /// names sites.
    /// </summary>
    public IReadOnlySet<(string Assembly, string Caller, int ILOffset)> Explore { get; init; } = new HashSet<(string, string, int)>();
}
