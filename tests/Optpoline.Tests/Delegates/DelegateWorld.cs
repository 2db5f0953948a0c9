namespace Optpoline.Tests.Delegates;

using Op = Func<int, string?, string>;

/// <summary>
/// The delegate objects of one run of a scenario, made as the calls ask for them. The plain run and
/// the site run each have their own world, so that state (captured counters, struct boxes) evolves
/// the same way in both.
/// </summary>
internal sealed class DelegateWorld(DelegateScenario scenario)
{
    private readonly List<Op>[] _objects = scenario.Kinds.Select(_ => new List<Op>()).ToArray();

    public Op DelegateFor(DelegateCall call)
    {
        var objects = _objects[call.Kind];
        if (call.Instance < 0)
        {
            objects.Add(scenario.Kinds[call.Kind].Create());
            return objects[^1];
        }

        return objects[call.Instance];
    }
}
