using System.Globalization;

namespace Optpoline.JintBench;

/// <summary>
/// <c>[--quick] [--runs N] [--warmup SECONDS] [--seconds SECONDS] [--programs a,b] [--output FILE] [--with-off] [--with-baked] [--leave-monomorphic] [--only-profitable] [--record SECONDS]</c>.
/// The default (3 runs per variant, 3 s warm-up, 7 s measured, 6 programs) takes about 7 minutes and
/// writes docs/benchmarks/jint.md; <c>--quick</c> (1 run, 2 s + 2 s) takes about a minute and only prints.
/// <c>--with-off</c> adds the woven build with the runtime off (<see cref="Variants.Off"/>): half as long again.
/// <c>--with-baked</c> adds stock Jint woven with a profile (<see cref="Variants.Baked"/>), recorded first for
/// <c>--record</c> seconds (20; 8 with <c>--quick</c>) by one process running the woven build over the whole
/// workload: half as long again, plus the recording.
/// </summary>
internal sealed record BenchOptions(int Runs, TimeSpan Warmup, TimeSpan Measured, IReadOnlyList<string> Programs, string? Output, bool WithOff, bool WithBaked, TimeSpan Record, IReadOnlyList<string> Arguments, bool LeaveMonomorphic = false, bool OnlyProfitable = false)
{
    public static readonly string[] AllPrograms = ["fib", "objects", "strings", "sort", "simulation", "functional"];

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var withOff = args.Contains("--with-off");
        var withBaked = args.Contains("--with-baked");
        var record = quick ? 8.0 : 20.0;
        var runs = quick ? 1 : 3;
        var warmup = quick ? 2.0 : 3.0;
        var seconds = quick ? 2.0 : 7.0;
        IReadOnlyList<string> programs = AllPrograms;
        string? output = quick ? null : Path.Combine(RepositoryRoot(), "docs", "benchmarks", "jint.md");
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick" or "--with-off" or "--with-baked" or "--leave-monomorphic" or "--only-profitable":
                    break;
                case "--runs":
                    runs = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    warmup = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--programs":
                    programs = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--record":
                    record = double.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--output":
                    output = Path.GetFullPath(Next());
                    break;
                default:
                    throw new ArgumentException($"unknown argument {args[i]}; usage: [--quick] [--runs N] [--warmup S] [--seconds S] [--programs a,b] [--output FILE] [--with-off] [--with-baked] [--leave-monomorphic] [--only-profitable] [--record S]");
            }
        }

        if (programs.FirstOrDefault(p => !AllPrograms.Contains(p)) is { } unknown)
        {
            throw new ArgumentException($"unknown program {unknown}; the programs are {string.Join(", ", AllPrograms)}.");
        }

        return new BenchOptions(runs, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), programs, output, withOff, withBaked, TimeSpan.FromSeconds(record), args, args.Contains("--leave-monomorphic"), args.Contains("--only-profitable"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Optpoline.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
