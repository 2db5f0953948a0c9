using System.Globalization;
using System.Runtime.InteropServices;

namespace Optpoline.Evaluation;

/// <summary>The machine and runtime line of the results, with the load average (the machine may be shared).</summary>
internal sealed record MachineInfo(string Cpu, int Cores, string OperatingSystem, string Runtime, string LoadAtStart, string? LoadAtEnd)
{
    public static MachineInfo Capture() => new(CpuModel(), Environment.ProcessorCount, $"{RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}", RuntimeInformation.FrameworkDescription, Load(), null);

    public MachineInfo Finished() => this with { LoadAtEnd = Load() };

    public override string ToString() =>
        $"{Cpu}, {Cores} logical cores; {OperatingSystem}; {Runtime}; load average (1, 5, 15 min) {LoadAtStart} at the start{(LoadAtEnd is null ? "" : $", {LoadAtEnd} at the end")}";

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var model = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string Load()
    {
        const string loadavg = "/proc/loadavg";
        if (!File.Exists(loadavg))
        {
            return "unknown";
        }

        var parts = File.ReadAllText(loadavg).Split(' ');
        return string.Join(", ", parts.Take(3).Select(p => double.Parse(p, CultureInfo.InvariantCulture).ToString("F2", CultureInfo.InvariantCulture)));
    }
}
