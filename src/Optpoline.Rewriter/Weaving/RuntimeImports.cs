using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// The Optpoline runtime API that woven code calls, imported into one module: the references are
/// taken from the Optpoline.dll the rewriter ships with, so the woven assembly references exactly
/// the runtime that will be placed beside it.
/// </summary>
internal sealed class RuntimeImports
{
    private readonly ModuleDefinition _module;
    private readonly TypeReference _callSiteOpen;
    private readonly MethodReference _forGeneratedCode;
    private readonly MethodReference _forGeneratedDelegateCode;
    private readonly MethodReference _forBakedCode;
    private readonly TypeReference _actionOpen;

    public RuntimeImports(ModuleDefinition module, ModuleDefinition runtime)
    {
        _module = module;
        var callSite = runtime.GetType(typeof(CallSite).FullName);
        var callSiteOfT = runtime.GetType(typeof(CallSite<>).FullName);
        var woven = runtime.GetType(typeof(OptpolineWovenAttribute).FullName);
        _callSiteOpen = module.ImportReference(callSiteOfT);
        MethodDefinition Factory(string name) => callSite.Methods.Single(m => m.Name == name);
        _forGeneratedCode = module.ImportReference(Factory(nameof(CallSite.ForGeneratedCode)));
        _forGeneratedDelegateCode = module.ImportReference(Factory(nameof(CallSite.ForGeneratedDelegateCode)));
        _forBakedCode = module.ImportReference(Factory(nameof(CallSite.ForBakedCode)));
        _actionOpen = ((GenericInstanceType)_forGeneratedCode.Parameters[^1].ParameterType).ElementType;
        WovenAttributeConstructor = module.ImportReference(woven.Methods.Single(m => m.IsConstructor && !m.IsStatic));
        RuntimeAssemblyName = runtime.Assembly.Name.Name;

        // Types every module can name through its own core library.
        RuntimeMethodHandle = _forGeneratedCode.Parameters[0].ParameterType;
        RuntimeTypeHandle = _forGeneratedCode.Parameters[1].ParameterType;
        var systemRuntime = RuntimeMethodHandle.Scope;
        StackTraceHiddenConstructor = new MethodReference(".ctor", module.TypeSystem.Void, new TypeReference("System.Diagnostics", "StackTraceHiddenAttribute", module, systemRuntime)) { HasThis = true };
        var type = new TypeReference("System", "Type", module, systemRuntime);
        TypeGetTypeFromHandle = new MethodReference("GetTypeFromHandle", type, type) { Parameters = { new ParameterDefinition(RuntimeTypeHandle) } };
        TypeIsValueType = new MethodReference("get_IsValueType", module.TypeSystem.Boolean, type) { HasThis = true };
        TypeEquality = new MethodReference("op_Equality", module.TypeSystem.Boolean, type) { Parameters = { new ParameterDefinition(type), new ParameterDefinition(type) } };
        ObjectGetType = new MethodReference("GetType", type, module.TypeSystem.Object) { HasThis = true };
    }

    public string RuntimeAssemblyName { get; }

    public MethodReference WovenAttributeConstructor { get; }

    /// <summary>Hides shims from stack traces, so an exception's trace reads as it did before weaving.</summary>
    public MethodReference StackTraceHiddenConstructor { get; }

    public TypeReference RuntimeMethodHandle { get; }

    public TypeReference RuntimeTypeHandle { get; }

    /// <summary><c>Type.GetTypeFromHandle</c>: with <see cref="TypeIsValueType"/>, a JIT-time constant per instantiation.</summary>
    public MethodReference TypeGetTypeFromHandle { get; }

    /// <summary><c>Type.IsValueType</c>'s getter.</summary>
    public MethodReference TypeIsValueType { get; }

    /// <summary><c>Type.op_Equality</c>: <c>o.GetType() == typeof(X)</c> is one method-table compare once the JIT folds it.</summary>
    public MethodReference TypeEquality { get; }

    /// <summary><c>Object.GetType</c>.</summary>
    public MethodReference ObjectGetType { get; }

    /// <summary><c>CallSite&lt;TDelegate&gt;</c>.</summary>
    public GenericInstanceType CallSiteOf(TypeReference delegateType)
    {
        var instance = new GenericInstanceType(_callSiteOpen);
        instance.GenericArguments.Add(delegateType);
        return instance;
    }

    /// <summary><c>CallSite.ForGeneratedCode&lt;TDelegate&gt;</c>.</summary>
    public MethodReference ForGeneratedCodeOf(TypeReference delegateType)
    {
        var method = new GenericInstanceMethod(_forGeneratedCode);
        method.GenericArguments.Add(delegateType);
        return method;
    }

    /// <summary><c>CallSite.ForBakedCode&lt;TDelegate&gt;</c>.</summary>
    public MethodReference ForBakedCodeOf(TypeReference delegateType)
    {
        var method = new GenericInstanceMethod(_forBakedCode);
        method.GenericArguments.Add(delegateType);
        return method;
    }

    /// <summary><c>CallSite.ForGeneratedDelegateCode&lt;TDispatch&gt;</c>.</summary>
    public MethodReference ForGeneratedDelegateCodeOf(TypeReference dispatchType)
    {
        var method = new GenericInstanceMethod(_forGeneratedDelegateCode);
        method.GenericArguments.Add(dispatchType);
        return method;
    }

    /// <summary><c>new Action&lt;TDelegate&gt;(object, IntPtr)</c>: the store a site is given for its shim's target field.</summary>
    public MethodReference ActionConstructorOf(TypeReference delegateType)
    {
        var action = new GenericInstanceType(_actionOpen);
        action.GenericArguments.Add(delegateType);
        return new MethodReference(".ctor", _module.TypeSystem.Void, action)
        {
            HasThis = true,
            Parameters = { new ParameterDefinition(_module.TypeSystem.Object), new ParameterDefinition(_module.TypeSystem.IntPtr) },
        };
    }

    public TypeReference Import(TypeReference type) => _module.ImportReference(type);
}
