using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Optpoline.JintBench;

/// <summary>The machine and runtime line of the result table.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var jint = FileVersionInfo.GetVersionInfo(Path.Combine(Variants.Folder(Variants.Stock), "Jint.dll")).ProductVersion?.Split('+')[0];
        return $"{Cpu()}, {Environment.ProcessorCount} logical cores; {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}; " +
            $"{RuntimeInformation.FrameworkDescription}; Jint {jint}; {DateTime.UtcNow:yyyy-MM-dd} (UTC)";
    }

    private static string Cpu()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (File.Exists(cpuinfo))
        {
            var model = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (model is not null)
            {
                return model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
