using System.Reflection;
using System.Reflection.Emit;

namespace Optpoline.Dispatch;

/// <summary>
/// The private fields of <see cref="Delegate"/> and <see cref="MulticastDelegate"/> that delegate
/// sites read, looked up once, and an emitted reader for the sampling path.
/// </summary>
/// <remarks>
/// A delegate call is <c>call [d._methodPtr]</c> with <c>d._target</c> as the first argument; an
/// open static delegate's <c>_methodPtr</c> is a shuffle thunk and <c>_methodPtrAux</c> the method.
/// The pair is therefore what the runtime's own call runs, and comparing it costs two loads and two
/// compares where <see cref="Delegate.Method"/> costs a runtime lookup. These fields are not public
/// API: when one is missing or has another type on this runtime, delegate sites are created disabled
/// and the report says why (<see cref="MissingReason"/>).
/// </remarks>
internal sealed class DelegateFields
{
    /// <summary>The runtime's own fields.</summary>
    public static DelegateFields Instance { get; } = Find(typeof(Delegate), typeof(MulticastDelegate));

    private readonly Reader? _reader;

    private DelegateFields(FieldInfo? methodPtr, FieldInfo? methodPtrAux, FieldInfo? target, FieldInfo? invocationList, FieldInfo? invocationCount, string? missingReason)
    {
        MethodPtr = methodPtr!;
        MethodPtrAux = methodPtrAux!;
        Target = target!;
        InvocationList = invocationList!;
        InvocationCount = invocationCount!;
        MissingReason = missingReason;
        if (missingReason is null)
        {
            _reader = CompileReader();
        }
    }

    /// <summary>Reads what sampling needs from a delegate: its code pointers, its target, and whether it is multicast or a wrapper.</summary>
    public delegate void Reader(MulticastDelegate d, out nint methodPtr, out nint methodPtrAux, out object? target, out bool unusual);

    /// <summary>Why delegate sites cannot promote on this runtime, or null when they can.</summary>
    public string? MissingReason { get; }

    public FieldInfo MethodPtr { get; }

    public FieldInfo MethodPtrAux { get; }

    public FieldInfo Target { get; }

    public FieldInfo InvocationList { get; }

    public FieldInfo InvocationCount { get; }

    /// <summary>Looks the fields up on <paramref name="delegateType"/> and <paramref name="multicastType"/> (tests pass other types).</summary>
    public static DelegateFields Find(Type delegateType, Type multicastType)
    {
        var missing = new List<string>();
        var methodPtr = Field(delegateType, "_methodPtr", typeof(nint), missing);
        var methodPtrAux = Field(delegateType, "_methodPtrAux", typeof(nint), missing);
        var target = Field(delegateType, "_target", typeof(object), missing);
        var invocationList = Field(multicastType, "_invocationList", typeof(object), missing);
        var invocationCount = Field(multicastType, "_invocationCount", typeof(nint), missing);
        var reason = missing.Count == 0 ? null
            : $"this runtime's delegates lack {string.Join(", ", missing)}: delegate sites stay plain calls";
        return new DelegateFields(methodPtr, methodPtrAux, target, invocationList, invocationCount, reason);
    }

    /// <summary>Sampling path only (a delegate call of about 2 ns).</summary>
    public void Read(MulticastDelegate d, out nint methodPtr, out nint methodPtrAux, out object? target, out bool unusual) =>
        (_reader ?? throw new InvalidOperationException(MissingReason))(d, out methodPtr, out methodPtrAux, out target, out unusual);

    private static FieldInfo? Field(Type type, string name, Type fieldType, List<string> missing)
    {
        var field = type.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        if (field is null || field.FieldType != fieldType)
        {
            missing.Add($"{type.Name}.{name} ({fieldType.Name})");
            return null;
        }

        return field;
    }

    private Reader CompileReader()
    {
        CompileRule.OnCompile();
        var method = new DynamicMethod(
            "optpoline_read_delegate",
            typeof(void),
            [typeof(MulticastDelegate), typeof(nint).MakeByRefType(), typeof(nint).MakeByRefType(), typeof(object).MakeByRefType(), typeof(bool).MakeByRefType()],
            restrictedSkipVisibility: true);
        var il = method.GetILGenerator();

        // methodPtr = d._methodPtr; methodPtrAux = d._methodPtrAux; target = d._target;
        il.EmitLdarg(1);
        il.EmitLdarg(0);
        il.Emit(OpCodes.Ldfld, MethodPtr);
        il.Emit(OpCodes.Stind_I);
        il.EmitLdarg(2);
        il.EmitLdarg(0);
        il.Emit(OpCodes.Ldfld, MethodPtrAux);
        il.Emit(OpCodes.Stind_I);
        il.EmitLdarg(3);
        il.EmitLdarg(0);
        il.Emit(OpCodes.Ldfld, Target);
        il.Emit(OpCodes.Stind_Ref);

        // unusual = d._invocationList != null | d._invocationCount != 0;   (multicast, unmanaged-pointer and other wrappers)
        il.EmitLdarg(4);
        il.EmitLdarg(0);
        il.Emit(OpCodes.Ldfld, InvocationList);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Cgt_Un);
        il.EmitLdarg(0);
        il.Emit(OpCodes.Ldfld, InvocationCount);
        il.EmitLdcI4(0);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Cgt_Un);
        il.Emit(OpCodes.Or);
        il.Emit(OpCodes.Stind_I1);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Reader>();
    }
}
