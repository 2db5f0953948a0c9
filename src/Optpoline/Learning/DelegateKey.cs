using System.Reflection;
using System.Reflection.Emit;
using Optpoline.Reporting;

namespace Optpoline.Learning;

/// <summary>
/// What a delegate-invoke site learns about instead of a receiver type: the code a delegate runs,
/// named by its two code pointers (<c>_methodPtr</c>, <c>_methodPtrAux</c>), and for delegates closed
/// over an instance of a generic type, the target's exact type too.
/// </summary>
/// <remarks>
/// <para>
/// Why the pointers: new delegate objects for one method are common (a lambda with captures makes one
/// per closure, <c>list.Add</c> one per list), so the key must not be the delegate object; and the
/// guard must be cheap, which <see cref="Delegate.Method"/> is not. Measured on .NET 10 (see
/// <c>DelegateKeyTests</c>): the pointers are stable entry points, equal for every delegate to the same
/// method whenever it was created (before or after the method tiered up), distinct per generic
/// instantiation of a static or generic method (instantiating stubs), with one exception: an
/// instance method of a generic type runs shared code for all its reference-type instantiations, so
/// <c>Box&lt;string&gt;.Get</c> and <c>Box&lt;object&gt;.Get</c> delegates carry the same pointers.
/// Such keys also hold the target's exact type (<see cref="HasTargetType"/>), and their guard tests it.
/// </para>
/// <para>
/// The rest is what the first delegate seen with this key showed: its method, and why it can take no
/// slot (<see cref="Refusal"/>: multicast, wrappers, dynamic methods), decided once. Every later sample
/// checks that its <see cref="Delegate.Method"/> is still this method; one that is not marks the key
/// <see cref="Conflicted"/>, and the patcher drops it from the slots at its next evaluation. That never
/// happened in any test; it guards the assumption above, it does not carry correctness.
/// </para>
/// Equality is by pointers and target type only, so that duplicates made by interning races merge.
/// </remarks>
internal sealed class DelegateKey : IEquatable<DelegateKey>
{
    private readonly string _name;
    private volatile bool _conflicted;

    private DelegateKey(nint methodPtr, nint methodPtrAux, bool hasTargetType, Type? targetType, MethodInfo? method, Type? observedTargetType, string name, string? refusal)
    {
        MethodPtr = methodPtr;
        MethodPtrAux = methodPtrAux;
        HasTargetType = hasTargetType;
        TargetType = targetType;
        Method = method;
        ObservedTargetType = observedTargetType;
        _name = name;
        Refusal = refusal;
    }

    public nint MethodPtr { get; }

    public nint MethodPtrAux { get; }

    /// <summary>Whether the target's exact type is part of the key (instance methods of generic types: shared code).</summary>
    public bool HasTargetType { get; }

    /// <summary>When <see cref="HasTargetType"/>: the target's exact type, null for a null target.</summary>
    public Type? TargetType { get; }

    /// <summary>The method the delegates run; null when refused at sight.</summary>
    public MethodInfo? Method { get; }

    /// <summary>The type of the first sampled delegate's target (for an open static delegate, the delegate itself).</summary>
    public Type? ObservedTargetType { get; }

    /// <summary>Why these delegates can take no slot, when that was clear at sight.</summary>
    public string? Refusal { get; }

    /// <summary>A later sample with these pointers ran another method: the key must not guard anything.</summary>
    public bool Conflicted => _conflicted;

    /// <summary>Every type the key refers to, for unloading.</summary>
    public IEnumerable<Type> Types
    {
        get
        {
            if (Method?.DeclaringType is { } declaring)
            {
                yield return declaring;
            }

            foreach (var argument in Method is { IsGenericMethod: true } generic ? generic.GetGenericArguments() : [])
            {
                yield return argument;
            }

            if (TargetType is not null)
            {
                yield return TargetType;
            }

            if (ObservedTargetType is not null)
            {
                yield return ObservedTargetType;
            }
        }
    }

    /// <summary>Recorder thread, first sight of these pointers: read the delegate's method and decide what the key holds.</summary>
    public static DelegateKey Observe(Delegate d, nint methodPtr, nint methodPtrAux, object? target, bool unusual)
    {
        var targetType = target?.GetType();
        if (unusual)
        {
            return Refused(methodPtr, methodPtrAux, $"{TypeNames.Of(d.GetType())} multicast or wrapper", "a multicast or wrapper delegate (unmanaged function pointer, open virtual)");
        }

        MethodInfo method;
        try
        {
            method = d.Method;
        }
        catch (Exception)
        {
            // Sampling runs on the caller's thread, inside its call: it must never throw.
            return Refused(methodPtr, methodPtrAux, $"{TypeNames.Of(d.GetType())} target unknown", "the runtime could not name the delegate's method");
        }

        if (method is DynamicMethod || method.DeclaringType is null)
        {
            // Not kept: a key must not keep a collectible dynamic method alive.
            return Refused(methodPtr, methodPtrAux, $"dynamic method {method.Name}", "a delegate to a dynamic method");
        }

        // Shared code: one pair of pointers serves every reference-type instantiation of the method's type.
        var hasTargetType = !method.IsStatic && method.DeclaringType.IsGenericType;
        var name = $"{TypeNames.Of(method.DeclaringType)}.{method.Name}" + (hasTargetType ? $" on {(targetType is null ? "null" : TypeNames.Of(targetType))}" : "");
        return new DelegateKey(methodPtr, methodPtrAux, hasTargetType, hasTargetType ? targetType : null, method, targetType, name, refusal: null);
    }

    public bool Matches(nint methodPtr, nint methodPtrAux, Type? targetType) =>
        methodPtr == MethodPtr && methodPtrAux == MethodPtrAux && (!HasTargetType || targetType == TargetType);

    /// <summary>Recorder thread, a later sample with this key: is it still the same method?</summary>
    public void Confirm(Delegate d)
    {
        if (Method is null || _conflicted)
        {
            return;
        }

        MethodInfo seen;
        try
        {
            seen = d.Method;
        }
        catch (Exception)
        {
            _conflicted = true;
            return;
        }

        if (seen.MethodHandle != Method.MethodHandle || seen.DeclaringType != Method.DeclaringType)
        {
            _conflicted = true;
        }
    }

    public bool Equals(DelegateKey? other) =>
        other is not null && other.MethodPtr == MethodPtr && other.MethodPtrAux == MethodPtrAux && other.HasTargetType == HasTargetType && other.TargetType == TargetType;

    public override bool Equals(object? obj) => Equals(obj as DelegateKey);

    public override int GetHashCode() => HashCode.Combine(MethodPtr, MethodPtrAux, TargetType);

    public override string ToString() => _name;

    private static DelegateKey Refused(nint methodPtr, nint methodPtrAux, string name, string refusal) =>
        new(methodPtr, methodPtrAux, hasTargetType: false, targetType: null, method: null, observedTargetType: null, name, refusal);
}
