using System.Reflection;

namespace Optpoline;

/// <summary>Checks that a method and a delegate type can make a call site, with messages that say what to fix.</summary>
internal static class SiteValidation
{
    public static void ThrowIfInvalid(MethodInfo method, Type delegateType)
    {
        var name = $"{method.DeclaringType?.Name}.{method.Name}";
        if (method.IsStatic || !method.IsVirtual || method.DeclaringType is null)
        {
            throw new ArgumentException($"{name} is not a virtual or interface instance method: there is no indirect call to promote.", nameof(method));
        }

        if (method.ContainsGenericParameters)
        {
            throw new ArgumentException($"{name} is open generic: a site needs a closed instantiation.", nameof(method));
        }

        var invoke = delegateType.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters();
        var methodParameters = method.GetParameters();
        if (parameters.Length != methodParameters.Length + 1)
        {
            throw new ArgumentException($"{delegateType.Name} must take the receiver and then {methodParameters.Length} argument(s) of {name}.", nameof(delegateType));
        }

        var receiver = parameters[0].ParameterType;
        if (receiver.IsValueType || receiver.IsByRef || !method.DeclaringType.IsAssignableFrom(receiver))
        {
            throw new ArgumentException($"The first parameter of {delegateType.Name} ({receiver.Name}) must be a reference type that has {name}.", nameof(delegateType));
        }

        for (var i = 0; i < methodParameters.Length; i++)
        {
            if (parameters[i + 1].ParameterType != methodParameters[i].ParameterType)
            {
                throw new ArgumentException($"Parameter {i + 1} of {delegateType.Name} is {parameters[i + 1].ParameterType.Name}; {name} takes {methodParameters[i].ParameterType.Name}.", nameof(delegateType));
            }
        }

        if (invoke.ReturnType != method.ReturnType)
        {
            throw new ArgumentException($"{delegateType.Name} returns {invoke.ReturnType.Name}; {name} returns {method.ReturnType.Name}.", nameof(delegateType));
        }
    }
}
