using System.Globalization;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// The generated <c>Driver</c>: one static method per site, and <c>Run(seed, distribution, calls)</c>,
/// which calls every site <c>calls</c> times, interleaved, and returns the transcript.
/// </summary>
/// <remarks>
/// Receivers are made afresh by each <c>Run</c>, so a run depends on its arguments only. Distributions:
/// 0 = skewed to 1–3 hot receiver types per site, 1 = skewed to a different set, 2 = uniform,
/// 3 = cyclic. About one call in 50 gets a null receiver. Lines read
/// <c>S{site}#{call} {receiver type}:{result}</c> or <c>…:!{exception type}:{message}</c>.
/// </remarks>
internal sealed partial class HierarchySource
{
    private const string PickSource = """
            internal sealed class Pick
            {
                private readonly int[] _hot;
                private readonly int _n;
                private readonly int _mode;

                public Pick(int n, int mode, int seed, int site)
                {
                    _n = n;
                    _mode = mode;
                    var order = new int[n];
                    for (var i = 0; i < n; i++) order[i] = i;
                    new Random(seed * 7919 + site).Shuffle(order);
                    var hot = Math.Min(n, 1 + (seed + site) % 3);
                    _hot = new int[hot];
                    for (var i = 0; i < hot; i++) _hot[i] = mode == 1 ? order[n - 1 - i] : order[i];
                }

                public int Next(Random rng, int call)
                {
                    if (rng.Next(50) == 0) return -1;
                    switch (_mode)
                    {
                        case 0:
                        case 1: return rng.Next(10) == 0 ? rng.Next(_n) : _hot[rng.Next(_hot.Length)];
                        case 2: return rng.Next(_n);
                        default: return call % _n;
                    }
                }

                public static T At<T>(T[] receivers, int index) where T : class => index < 0 ? null : receivers[index];

                public static string Who(object receiver) => receiver == null ? "null" : receiver.GetType().ToString();
            }

        """;

    private void WriteDriver()
    {
        _text.Append(PickSource);
        var sites = _sites
            .Select(site => (Site: site, Receivers: _receivers.Where(r => r.StaticTypes.Contains(site.ParameterType)).ToList()))
            .Where(s => s.Receivers.Count > 0)
            .ToList();
        var c = CultureInfo.InvariantCulture;
        _text.AppendLine("    public static class Driver").AppendLine("    {");
        for (var k = 0; k < sites.Count; k++)
        {
            var (site, _) = sites[k];
            var signature = site.Generic ? $"S{k}<TR>(TR r, int a) where TR : {site.ParameterType}" : $"S{k}({site.ParameterType} r, int a)";
            _text.AppendLine(c, $"        private static string {signature} => {site.Call};");
            _text.AppendLine(c, $$"""
                        private static void Call{{k}}(StringBuilder t, int i, {{site.ParameterType}} r)
                        {
                            t.Append("S{{k}}#").Append(i).Append(' ').Append(Pick.Who(r)).Append(':');
                            try { t.AppendLine(S{{k}}(r, i)); }
                            catch (Exception e) { t.Append('!').Append(e.GetType().Name).Append(':').AppendLine(e.Message); }
                        }

                """);
        }

        _text.AppendLine("        public static int Sites => " + sites.Count.ToString(c) + ";");
        _text.AppendLine("""
                    public static string Run(int seed, int distribution, int calls)
                    {
                        var rng = new Random(seed * 397 + distribution);
                        var t = new StringBuilder();
            """);
        for (var k = 0; k < sites.Count; k++)
        {
            var (site, receivers) = sites[k];
            _text.AppendLine(c, $"            var r{k} = new {site.ParameterType}[] {{ {string.Join(", ", receivers.Select(r => r.Create))} }};");
            _text.AppendLine(c, $"            var p{k} = new Pick(r{k}.Length, distribution, seed, {k});");
        }

        _text.AppendLine("            for (var i = 0; i < calls; i++)").AppendLine("            {");
        for (var k = 0; k < sites.Count; k++)
        {
            _text.AppendLine(c, $"                Call{k}(t, i, Pick.At(r{k}, p{k}.Next(rng, i)));");
        }

        _text.AppendLine("            }").AppendLine().AppendLine("            return t.ToString();").AppendLine("        }").AppendLine("    }");
    }
}
