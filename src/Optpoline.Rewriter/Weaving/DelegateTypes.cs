using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// Picks the <c>TDelegate</c> of a site: <c>Func&lt;&gt;</c> or <c>Action&lt;&gt;</c> when the
/// signature allows, otherwise a delegate type generated once per signature in the module (byref
/// parameters, ref structs, more than 16 arguments cannot be generic arguments of Func or Action).
/// </summary>
internal sealed class DelegateTypes(ModuleDefinition module)
{
    private const int MaxGenericArguments = 16;
    private readonly Dictionary<string, TypeDefinition> _custom = new(StringComparer.Ordinal);
    private TypeDefinition? _container;

    /// <summary>The delegate type and its <c>Invoke</c>, as the module references them.</summary>
    public (TypeReference Type, MethodReference Invoke) For(SiteSignature signature) => For(signature, []);

    /// <summary>
    /// The delegate type of a site in generic code: <paramref name="canonical"/> names the caller's type
    /// parameters as positional <c>!i</c> (<see cref="CallerGenerics"/>), <paramref name="instantiation"/>
    /// says what to put in their place (the holder's own parameters, or the caller's). A generated
    /// delegate type is then generic over as many parameters, declared once per canonical signature.
    /// </summary>
    public (TypeReference Type, MethodReference Invoke) For(SiteSignature canonical, IReadOnlyList<TypeReference> instantiation)
    {
        var arguments = canonical.Arguments.ToList();
        var isVoid = canonical.Return.MetadataType == MetadataType.Void;
        if (!canonical.NeedsCustomDelegate && arguments.Count <= MaxGenericArguments)
        {
            return Generic([.. arguments.Select(a => In(a, instantiation))], isVoid ? null : In(canonical.Return, instantiation));
        }

        var custom = Custom(canonical, instantiation.Count);
        var invoke = custom.Methods.Single(m => m.Name == "Invoke");
        if (instantiation.Count == 0)
        {
            return (custom, invoke);
        }

        // D_N<...>::Invoke, its signature in D_N's own terms, as every member reference's is.
        var instance = CallerGenerics.Instance(custom, instantiation);
        var reference = new MethodReference("Invoke", invoke.ReturnType, instance) { HasThis = true };
        foreach (var parameter in invoke.Parameters)
        {
            reference.Parameters.Add(new ParameterDefinition(parameter.ParameterType));
        }

        return (instance, reference);
    }

    private static TypeReference In(TypeReference canonical, IReadOnlyList<TypeReference> instantiation) =>
        instantiation.Count == 0 ? canonical : GenericInflater.Inflate(canonical, [.. instantiation], null);

    private (TypeReference, MethodReference) Generic(List<TypeReference> arguments, TypeReference? returns)
    {
        var arity = arguments.Count + (returns is null ? 0 : 1);
        var open = new TypeReference("System", (returns is null ? "Action`" : "Func`") + arity, module, module.TypeSystem.CoreLibrary);
        for (var i = 0; i < arity; i++)
        {
            open.GenericParameters.Add(new GenericParameter(open));
        }

        var instance = new GenericInstanceType(open);
        foreach (var argument in arguments)
        {
            instance.GenericArguments.Add(argument);
        }

        if (returns is not null)
        {
            instance.GenericArguments.Add(returns);
        }

        // Invoke is declared over the open type's parameters: Func`2::Invoke(!0) returns !1.
        var invoke = new MethodReference("Invoke", returns is null ? module.TypeSystem.Void : open.GenericParameters[arity - 1], instance) { HasThis = true };
        for (var i = 0; i < arguments.Count; i++)
        {
            invoke.Parameters.Add(new ParameterDefinition(open.GenericParameters[i]));
        }

        return (instance, invoke);
    }

    private TypeDefinition Custom(SiteSignature signature, int arity)
    {
        // A canonical signature names its parameters !0, !1, ...: the key says over how many.
        var key = arity == 0 ? signature.Key : signature.Key + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_custom.TryGetValue(key, out var existing))
        {
            return existing;
        }

        // internal sealed class <Optpoline>Delegates.D_N : MulticastDelegate { runtime-managed .ctor(object, native int) and Invoke }
        var container = Container();
        // (generic over T0..Tn-1 for a site in generic code; the canonical !i of its signature are then its own)
        var type = new TypeDefinition("", "D_" + _custom.Count + (arity == 0 ? "" : "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture)), TypeAttributes.NestedAssembly | TypeAttributes.Sealed | TypeAttributes.AutoClass, module.ImportReference(new TypeReference("System", "MulticastDelegate", module, module.TypeSystem.CoreLibrary)));
        for (var i = 0; i < arity; i++)
        {
            type.GenericParameters.Add(new GenericParameter("T" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), type));
        }

        var constructor = new MethodDefinition(".ctor", MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, module.TypeSystem.Void)
        {
            ImplAttributes = MethodImplAttributes.Runtime | MethodImplAttributes.Managed,
        };
        constructor.Parameters.Add(new ParameterDefinition("object", ParameterAttributes.None, module.TypeSystem.Object));
        constructor.Parameters.Add(new ParameterDefinition("method", ParameterAttributes.None, module.TypeSystem.IntPtr));
        type.Methods.Add(constructor);

        var invoke = new MethodDefinition("Invoke", MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.NewSlot | MethodAttributes.Virtual, signature.Return)
        {
            ImplAttributes = MethodImplAttributes.Runtime | MethodImplAttributes.Managed,
        };
        var index = 0;
        foreach (var argument in signature.Arguments)
        {
            invoke.Parameters.Add(new ParameterDefinition("a" + index++, ParameterAttributes.None, argument));
        }

        type.Methods.Add(invoke);
        container.NestedTypes.Add(type);
        _custom.Add(key, type);
        return type;
    }

    private TypeDefinition Container()
    {
        if (_container is null)
        {
            // internal static class <Optpoline>Delegates
            _container = new TypeDefinition("", "<Optpoline>Delegates", TypeAttributes.NotPublic | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit, module.TypeSystem.Object);
            module.Types.Add(_container);
        }

        return _container;
    }
}
