using Optpoline.Tests.Differential;

namespace Optpoline.Tests.Delegates;

using Op = Func<int, string?, string>;

/// <summary>
/// Runs one <see cref="DelegateScenario"/> twice: plain <c>d(a, s)</c> calls, then the same calls
/// through a delegate site that a patcher drives through learning, promotion and phase changes; every
/// call must return or throw exactly as the plain call did, and no delegate that must stay plain
/// (multicast, dynamic, wrappers) may ever pass a slot's guard.
/// </summary>
internal sealed class DelegateDifferentialRunner(DelegateStatistics statistics)
{
    public string? Run(DelegateScenario scenario)
    {
        statistics.Sites++;
        var rng = new Random(scenario.Seed ^ scenario.Index);
        var plainWorld = new DelegateWorld(scenario);
        var expected = scenario.Calls.Select(c =>
        {
            var d = plainWorld.DelegateFor(c);
            return Outcome(() => d(c.A, c.S));
        }).ToList();

        var patcher = new TestPatcher(EagerOptions.Patcher(rng));
        var site = patcher.DelegateSite<Func<Op, int, string?, string>>(EagerOptions.Site(rng));
        var world = new DelegateWorld(scenario);
        var promoted = 0;
        for (var i = 0; i < scenario.Calls.Count; i++)
        {
            if (i % scenario.TickEvery == 0)
            {
                patcher.Tick();
            }

            var call = scenario.Calls[i];
            var kind = scenario.Kinds[call.Kind];
            var d = world.DelegateFor(call);
            var slot = DelegateProbe.SlotFor(site, d);
            if (slot is not null && !kind.Promotable)
            {
                return Fail(scenario, i, $"a {kind} passed the guard of the slot for {slot.Implementation}");
            }

            var actual = call.Shim
                ? Outcome(() => site.Target is { } target ? target(d, call.A, call.S) : d(call.A, call.S))
                : Outcome(() => site.Invoke(d, call.A, call.S));
            statistics.Calls++;
            statistics.PromotableCalls += kind.Promotable ? 1 : 0;
            if (actual != expected[i])
            {
                return Fail(scenario, i, $"a {kind} through {(call.Shim ? "the shim form" : "Invoke")} with ({call.A}, {call.S ?? "null"}){Environment.NewLine}"
                    + $"  plain call: {expected[i]}{Environment.NewLine}  site:       {actual}{Environment.NewLine}  slot: {slot?.Implementation.ToString() ?? "none"} ({slot?.Shape})");
            }

            if (slot is not null)
            {
                promoted++;
                statistics.PromotedCalls++;
                statistics.PromotedByKind[kind.Name] = statistics.PromotedByKind.GetValueOrDefault(kind.Name) + 1;
            }
        }

        statistics.SitesWithPromotedCalls += promoted > 0 ? 1 : 0;
        statistics.SitesWithPromotableKinds += scenario.Kinds.Any(k => k.Promotable) ? 1 : 0;
        return null;
    }

    private static string Fail(DelegateScenario scenario, int call, string what) =>
        $"{scenario.Describe()}{Environment.NewLine}call #{call}: {what}";

    private static string Outcome(Func<string> call)
    {
        try
        {
            return "returned " + call();
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().FullName}: {e.Message}";
        }
    }
}
