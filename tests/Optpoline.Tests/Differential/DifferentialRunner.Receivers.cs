using System.Globalization;
using System.Reflection;
using Optpoline.Dispatch;

namespace Optpoline.Tests.Differential;

/// <summary>Receiver instances, their observable state, and descriptions for messages.</summary>
internal sealed partial class DifferentialRunner
{
    /// <summary>Two fresh instances of each receiver type (structs boxed once, so their boxes keep state).</summary>
    internal static object[][] NewReceivers(IReadOnlyList<Type> types) =>
        types.Select(t => new[] { Activator.CreateInstance(t)!, Activator.CreateInstance(t)! }).ToArray();

    private static object? ReceiverAt(object[][] receivers, CallSequence sequence, int call) =>
        sequence.Receivers[call] < 0 ? null : receivers[sequence.Receivers[call]][sequence.Instances[call]];

    /// <summary>Every field of every receiver (a struct's are read from its box).</summary>
    internal static string Dump(object[][] receivers) =>
        string.Join("; ", receivers.SelectMany(pair => pair).Select(r => $"{TypeNames.Of(r.GetType())}{{{string.Join(",", Fields(r))}}}"));

    private static IEnumerable<string> Fields(object receiver)
    {
        for (var type = receiver.GetType(); type is not null && type != typeof(object) && type != typeof(ValueType); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{TypeNames.Of(type)}.{field.Name}={field.GetValue(receiver)}");
            }
        }
    }

    private static string Display(object? receiver, CallSequence sequence, int call) =>
        receiver is null ? "null" : $"{TypeNames.Of(receiver.GetType())} (instance {sequence.Instances[call]})";

    public static string Describe(ResolvedTarget target) =>
        $"{TypeNames.Of(target.Receiver)} -> {TypeNames.Of(target.Implementation.DeclaringType)}.{target.Implementation.Name}"
        + (target.Implementation.IsGenericMethod ? $"<{string.Join(",", target.Implementation.GetGenericArguments().Select(TypeNames.Of))}>" : "")
        + (target.Unbox ? " (unboxed)" : "");
}
