using System.Reflection;
using System.Runtime.CompilerServices;
using Optpoline.Dispatch;

namespace Optpoline.Tests.Differential;

/// <summary>Counts of a differential run, so that it cannot pass without having promoted anything.</summary>
internal sealed class DiffStatistics
{
    public int Hierarchies { get; set; }

    public int Sites { get; set; }

    public int Calls { get; set; }

    /// <summary>Calls made while the site ran a dispatcher with a slot for the receiver's type.</summary>
    public int PromotedCalls { get; set; }

    public int SitesWithPromotedCalls { get; set; }

    public int ResolvedTypes { get; set; }

    public Dictionary<TargetKind, int> PromotedByKind { get; } = Enum.GetValues<TargetKind>().ToDictionary(k => k, _ => 0);

    public Dictionary<string, int> Refusals { get; } = [];

    public void CountRefusal(string reason) => Refusals[reason] = Refusals.GetValueOrDefault(reason) + 1;

    public void CountPromoted(ResolvedTarget target)
    {
        PromotedCalls++;
        foreach (var kind in KindsOf(target))
        {
            PromotedByKind[kind]++;
        }
    }

    public static IEnumerable<TargetKind> KindsOf(ResolvedTarget target)
    {
        var method = target.Implementation;
        var declaring = method.DeclaringType!;
        if (declaring.IsInterface)
        {
            yield return TargetKind.DefaultInterfaceMethod;
        }
        else if (method.IsPrivate)
        {
            yield return TargetKind.ExplicitImplementation;
        }
        else
        {
            yield return TargetKind.ClassMethod;
        }

        if (method.IsDefined(typeof(PreserveBaseOverridesAttribute)))
        {
            yield return TargetKind.CovariantOverride;
        }

        if (method.IsGenericMethod)
        {
            yield return method.GetGenericArguments()[0].IsValueType ? TargetKind.GenericMethodAtValueType : TargetKind.GenericMethodAtReferenceType;
        }

        if (declaring.IsConstructedGenericType)
        {
            yield return declaring.GenericTypeArguments.Any(a => !a.IsValueType) ? TargetKind.SharedGenericType : TargetKind.ValueTypeGenericType;
        }

        if (target.Unbox)
        {
            yield return TargetKind.UnboxedStruct;
        }

        if (declaring == typeof(object) || declaring == typeof(ValueType))
        {
            yield return TargetKind.InheritedFromObject;
        }
    }

    public string Summary()
    {
        var lines = new List<string>
        {
            $"{Hierarchies} hierarchies, {Sites} sites, {Calls} calls, {PromotedCalls} through a promoted slot ({(double)PromotedCalls / Math.Max(1, Calls):P1}), "
                + $"{SitesWithPromotedCalls} sites with promoted calls; {ResolvedTypes} (method, receiver type) pairs resolved",
            "promoted calls by target: " + string.Join(", ", PromotedByKind.Select(p => $"{p.Key} {p.Value}")),
        };
        if (Refusals.Count > 0)
        {
            lines.Add("refused: " + string.Join(", ", Refusals.Select(p => $"{p.Value} × {p.Key}")));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
