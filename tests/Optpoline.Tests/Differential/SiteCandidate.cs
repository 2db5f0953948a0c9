using System.Reflection;

namespace Optpoline.Tests.Differential;

/// <summary>A method to make a call site for, the slot it came from, and the concrete types that can receive it.</summary>
internal sealed record SiteCandidate(MethodInfo Method, SlotSpec Slot, IReadOnlyList<Type> Receivers)
{
    public string Display =>
        $"{TypeNames.Of(Method.DeclaringType)}.{Method.Name}"
        + (Method.IsGenericMethod ? $"<{string.Join(",", Method.GetGenericArguments().Select(TypeNames.Of))}>" : "");
}
