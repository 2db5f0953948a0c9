using System.Diagnostics;
using Optpoline.Reporting;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Tests;

/// <summary>Real third-party code: Jint, woven (and baked with a profile of itself), runs JavaScript exactly as stock Jint does.</summary>
public sealed class JintTests
{
    private static readonly string[] s_programs =
    [
        // recursion
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(20)",
        // property-heavy objects
        """
        const points = [];
        for (let i = 0; i < 500; i++) { points.push({ x: i, y: i * 2, label: 'p' + i }); }
        let s = 0; for (const p of points) { s += p.x * p.y; p.z = p.x + p.y; delete p.label; }
        JSON.stringify({ s, last: points[points.length - 1], keys: Object.keys(points[3]) })
        """,
        // string building
        "let out = ''; for (let i = 0; i < 300; i++) { out += String.fromCharCode(65 + i % 26) + (i % 7 === 0 ? '\\n' : ''); } out.split('\\n').map(l => l.length).join(',') + out.toLowerCase().slice(0, 40)",
        // array sort with a comparator
        "const a = []; let seed = 7; for (let i = 0; i < 400; i++) { seed = (seed * 1103515245 + 12345) % 2147483648; a.push({ k: seed % 1000, i }); } a.sort((x, y) => x.k - y.k || y.i - x.i); a.slice(0, 10).map(e => e.k + ':' + e.i).join(' ')",
        // a class-based simulation
        """
        class Body { constructor(x, v) { this.x = x; this.v = v; } step(dt) { this.x += this.v * dt; return this; } energy() { return this.v * this.v / 2; } }
        class Heavy extends Body { energy() { return super.energy() * 10; } }
        class Light extends Body { step(dt) { super.step(dt / 2); this.v *= 0.99; return this; } }
        const bodies = []; for (let i = 0; i < 60; i++) { bodies.push(i % 3 === 0 ? new Heavy(i, 1) : i % 3 === 1 ? new Light(i, 2) : new Body(i, 3)); }
        for (let t = 0; t < 50; t++) { for (const b of bodies) { b.step(0.1); } }
        bodies.reduce((e, b) => e + b.energy(), 0).toFixed(6) + '|' + bodies.map(b => b.x.toFixed(2)).slice(0, 6).join(',')
        """,
        // exceptions: caught, and uncaught
        "function f(n) { if (n === 0) throw new RangeError('bottom'); return f(n - 1); } let r; try { f(10); } catch (e) { r = e.name + ':' + e.message; } r",
        "null.foo",
        "throw new Error('uncaught ' + [1, 2, 3].map(x => x * 2))",
        "undefinedFunction()",
        // regular expressions, closures, generators, maps, destructuring, template strings
        "const m = 'a1b22c333'.match(/\\d+/g); const counter = (() => { let c = 0; return () => ++c; })(); counter(); counter(); `${m.join('-')} ${counter()}`",
        "function* gen(n) { for (let i = 0; i < n; i++) yield i * i; } const mp = new Map(); for (const v of gen(8)) mp.set(v, String(v)); const [first, ...rest] = [...mp.keys()]; first + '/' + rest.length + '/' + JSON.stringify([...mp.entries()].slice(2, 4))",
        "JSON.parse('{\"a\":[1,2,{\"b\":null}],\"c\":\"d\"}').a[2].b === null ? Object.entries({x:1,y:[2]}).flat(2).join() : 'no'",
        "let x = 0; for (let i = 0; i < 1000; i++) { x = (x + i * 31) % 977; } [x, Math.max(...[3, 9, 2]), parseInt('ff', 16), (0.1 + 0.2).toString(), typeof Symbol()].join(';')",
    ];

    [Fact]
    public void Weave_Jint_RunsJavaScriptLikeStockJint()
    {
        using var folder = new TestFolder();
        var original = folder.Copy("Jint.dll", "original");
        folder.Copy("Acornima.dll", "original");
        folder.Copy("Acornima.dll", "woven");
        var woven = Path.Combine(folder.Path, "woven", "Jint.dll");

        var result = AssemblyWeaver.Weave(original, woven);

        Assert.True(result.SitesRewritten > 1000, $"{result.SitesRewritten} sites rewritten");
        Assert.True(result.DelegateSitesRewritten > 50, $"{result.DelegateSitesRewritten} delegate sites rewritten");
        Assert.True(result.ConstrainedSitesRewritten > 5, $"{result.ConstrainedSitesRewritten} constrained sites rewritten");
        Assert.True(result.SkippedFor(SkipReason.Constrained) > 100, "constrained. calls on Jint's structs (JsValue helpers, enumerators)");
        Assert.Equal(result.SitesFound, result.SitesRewritten + result.Skipped.Values.Sum());
        Assert.True(result.StrongNamed);
        Assert.Contains(result.Notes, n => n.Contains("no longer valid", StringComparison.Ordinal));

        var expected = StockResults(original, "jint-stock");

        using var rewritten = new JintEngine(Path.GetDirectoryName(woven)!, "jint-woven");
        Assert.Contains(rewritten.Assembly.GetCustomAttributesData(), a => a.AttributeType.Name == "OptpolineWovenAttribute");
        Assert.Empty(Jit.PrepareAll(rewritten.Assembly));
        FastLearning.Enable();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var promoted = Array.Empty<string>();
        for (var round = 0; round < 3 || (promoted.Length == 0 && clock.Elapsed < TimeSpan.FromSeconds(30)); round++)
        {
            Assert.Equal(expected, s_programs.Select(rewritten.Evaluate).ToList());
            promoted = FastLearning.Promoted("Jint.");
        }

        // Promoted dispatchers ran the programs too, with the same results.
        Assert.NotEmpty(promoted);
        Assert.Equal(expected, s_programs.Select(rewritten.Evaluate).ToList());

        Assert.Contains(expected, e => e.StartsWith("threw ", StringComparison.Ordinal));
    }

    [Fact]
    public void Bake_JintProfile_RunsJavaScriptLikeStockJint()
    {
        using var folder = new TestFolder();
        var original = folder.Copy("Jint.dll", "original");
        folder.Copy("Acornima.dll", "original");
        folder.Copy("Acornima.dll", "woven");
        folder.Copy("Acornima.dll", "baked");
        var woven = Path.Combine(folder.Path, "woven", "Jint.dll");
        var baked = Path.Combine(folder.Path, "baked", "Jint.dll");
        AssemblyWeaver.Weave(original, woven);

        var expected = StockResults(original, "jint-stock-bake");

        // Record: the woven build runs the programs until enough of its sites have been sampled.
        FastLearning.Enable();
        SiteReport profile;
        using (var recording = new JintEngine(Path.GetDirectoryName(woven)!, "jint-woven-profile"))
        {
            var clock = Stopwatch.StartNew();
            do
            {
                Assert.Equal(expected, s_programs.Select(recording.Evaluate).ToList());
                profile = OptpolineRuntime.Report();
            }
            while (clock.Elapsed < TimeSpan.FromSeconds(10) && JintSites(profile).Count(s => s.SampledCalls >= 64) < 50);
        }

        var result = AssemblyWeaver.Weave(original, baked, new WeaveOptions
        {
            Profile = BakeProfile.FromReport(profile with { Sites = JintSites(profile).ToList() }, new BakeSettings { MinSampledCalls = 64, QuietPeriod = TimeSpan.Zero }),
        });

        Assert.True(result.SitesBaked > 0, $"nothing baked; rejected: {string.Join(", ", result.BakeRejected)}");
        using var bakedJint = new JintEngine(Path.GetDirectoryName(baked)!, "jint-baked");
        Assert.Empty(Jit.PrepareAll(bakedJint.Assembly));

        // The same programs, and again once the adaptive sites behind the guards have had time to learn.
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(expected, s_programs.Select(bakedJint.Evaluate).ToList());
        }
    }

    /// <summary>What stock Jint, loaded from beside <paramref name="original"/>, makes of every program.</summary>
    private static List<string> StockResults(string original, string contextName)
    {
        using var stock = new JintEngine(Path.GetDirectoryName(original)!, contextName);
        return s_programs.Select(stock.Evaluate).ToList();
    }

    /// <summary>The sites of the woven Jint in a report, with every sampled type identified (what a profile of it needs).</summary>
    private static IEnumerable<SiteSnapshot> JintSites(SiteReport report) =>
        report.Sites.Where(s => s.Origin?.Assembly == "Jint" && s.Baked is null && s.Samples.All(t => t.Id is not null));
}
