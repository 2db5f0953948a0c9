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
    public (TypeReference Type, MethodReference Invoke) For(SiteSignature signature)
    {
        var arguments = signature.Arguments.ToList();
        var isVoid = signature.Return.MetadataType == MetadataType.Void;
        if (!signature.NeedsCustomDelegate && arguments.Count <= MaxGenericArguments)
        {
            return Generic(arguments, isVoid ? null : signature.Return);
        }

        var custom = Custom(signature);
        return (custom, custom.Methods.Single(m => m.Name == "Invoke"));
    }

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

    private TypeDefinition Custom(SiteSignature signature)
    {
        if (_custom.TryGetValue(signature.Key, out var existing))
        {
            return existing;
        }

        // internal sealed class <Optpoline>Delegates.D_N : MulticastDelegate { runtime-managed .ctor(object, native int) and Invoke }
        var container = Container();
        var type = new TypeDefinition("", "D_" + _custom.Count, TypeAttributes.NestedAssembly | TypeAttributes.Sealed | TypeAttributes.AutoClass, module.ImportReference(new TypeReference("System", "MulticastDelegate", module, module.TypeSystem.CoreLibrary)));
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
        _custom.Add(signature.Key, type);
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
