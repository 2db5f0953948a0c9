namespace Optpoline.Workloads.Jint;

/// <summary>The JavaScript programs (embedded in this assembly), and the Jint workloads by name: <c>jint-</c> and the program.</summary>
public static class JintPrograms
{
    public const string Prefix = "jint-";

    /// <summary>Every program, in the order the result tables list them.</summary>
    public static readonly IReadOnlyList<string> All = ["fib", "objects", "strings", "sort", "simulation", "functional"];

    /// <summary>Every Jint workload's name.</summary>
    public static IEnumerable<string> WorkloadNames => All.Select(p => Prefix + p);

    /// <summary>Creates the workload called <paramref name="name"/> (<c>jint-fib</c>, ...), or returns null when there is none.</summary>
    public static Workload? Create(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && All.Contains(name[Prefix.Length..]) ? new JintWorkload(name[Prefix.Length..]) : null;

    /// <summary>The source of <paramref name="program"/>.</summary>
    public static string Source(string program)
    {
        using var stream = typeof(JintPrograms).Assembly.GetManifestResourceStream($"programs/{program}.js")
            ?? throw new ArgumentException($"no program '{program}'; the programs are {string.Join(", ", All)}.", nameof(program));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
