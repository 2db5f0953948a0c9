using System.Reflection;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// Turns a hierarchy's call sites into calls in generic code: every site whose callee has a type
/// argument (<c>I0&lt;string&gt;.M</c>, <c>C1.G&lt;int&gt;</c>) becomes an instantiation of a generic
/// caller that names that argument through its own type parameter, so that the sites of one callee
/// definition at several instantiations share one caller (and, for reference types, its code). Also
/// adds what <see cref="SiteFinder"/> does not look for: calls through a covariant interface at
/// <see cref="object"/>, reached by receivers that implement it at <see cref="string"/> or <c>Tag</c>.
/// </summary>
internal static class GenericCallFinder
{
    public static List<GenericCallForm> Find(EmittedHierarchy hierarchy, Random rng)
    {
        var forms = new List<GenericCallForm>();
        foreach (var group in Candidates(hierarchy).GroupBy(c => (Definition(c.Method.DeclaringType!), c.Method.MetadataToken)))
        {
            var first = group.First().Method;
            var hasTypeArgument = first.DeclaringType!.IsConstructedGenericType;
            var hasMethodArgument = first.IsGenericMethod;
            var typeIsParameter = hasTypeArgument && (!hasMethodArgument || rng.NextDouble() < 0.75);
            var methodIsParameter = hasMethodArgument && (!typeIsParameter || rng.NextDouble() < 0.75);
            var parameters = Layout(rng, typeIsParameter, methodIsParameter, unused: rng.NextDouble() < 0.3);
            Type?[] unusedArguments = parameters.Any(p => p.Role == CallerRole.Unused)
                ? [rng.NextDouble() < 0.5 ? typeof(string) : typeof(object), rng.NextDouble() < 0.5 ? typeof(int) : typeof(long)]
                : [null];

            // What the caller does not name through a parameter stays in its code: one caller per closed part.
            foreach (var closed in group.GroupBy(c => (typeIsParameter ? null : c.Method.DeclaringType, methodIsParameter || !hasMethodArgument ? null : c.Method.GetGenericArguments()[0])))
            {
                var method = closed.First().Method;
                var declaring = typeIsParameter ? method.DeclaringType!.GetGenericTypeDefinition() : method.DeclaringType!;
                var onDeclaring = typeIsParameter ? declaring.GetMethods(MemberFlags).Single(m => m.HasSameMetadataDefinitionAs(method)) : method;
                var form = new GenericCallForm
                {
                    Number = forms.Count,
                    Declaring = declaring,
                    Method = onDeclaring.IsGenericMethod && !onDeclaring.IsGenericMethodDefinition ? onDeclaring.GetGenericMethodDefinition() : onDeclaring,
                    TypeArgumentIsParameter = typeIsParameter,
                    MethodArgumentIsParameter = methodIsParameter,
                    ClosedMethodArgument = closed.Key.Item2,
                    Parameters = parameters,
                    Slot = closed.First().Slot,
                };
                foreach (var candidate in closed)
                {
                    foreach (var unused in unusedArguments)
                    {
                        form.Instantiations.Add(new GenericCallInstantiation(candidate, [.. parameters.Select(p => p.Role switch
                        {
                            CallerRole.CalleeType => candidate.Method.DeclaringType!.GenericTypeArguments[0],
                            CallerRole.CalleeMethod => candidate.Method.GetGenericArguments()[0],
                            _ => unused!,
                        })]));
                    }
                }

                forms.Add(form);
            }
        }

        return forms;
    }

    private const BindingFlags MemberFlags = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.Instance;

    private static Type Definition(Type type) => type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type;

    /// <summary>Where each parameter is declared, and in which order: shuffled, so that holder positions vary.</summary>
    private static List<CallerParameter> Layout(Random rng, bool type, bool method, bool unused)
    {
        var roles = new List<CallerRole>();
        if (type)
        {
            roles.Add(CallerRole.CalleeType);
        }

        if (method)
        {
            roles.Add(CallerRole.CalleeMethod);
        }

        if (unused)
        {
            roles.Add(CallerRole.Unused);
        }

        var parameters = roles.Select(r => new CallerParameter(r, OnType: rng.NextDouble() < 0.5)).OrderBy(_ => rng.Next()).ToList();
        return [.. parameters.Where(p => p.OnType), .. parameters.Where(p => !p.OnType)];
    }

    /// <summary>
    /// The sites with a type argument, each with every receiver that can reach it (an interface's
    /// receivers by assignability, so that variance counts), and the covariant interfaces at <see cref="object"/>.
    /// </summary>
    private static List<SiteCandidate> Candidates(EmittedHierarchy hierarchy)
    {
        var candidates = SiteFinder.Find(hierarchy)
            .Where(c => c.Method.DeclaringType!.IsConstructedGenericType || c.Method.IsGenericMethod)
            .Select(c => c.Method.DeclaringType!.IsInterface ? c with { Receivers = [.. hierarchy.Receivers.Where(c.Method.DeclaringType.IsAssignableFrom)] } : c)
            .ToList();
        foreach (var (spec, type) in hierarchy.Types.Where(t => t.Key.IsCovariant))
        {
            var atObject = type.MakeGenericType(typeof(object));
            var receivers = hierarchy.Receivers.Where(atObject.IsAssignableFrom).ToList();
            if (receivers.Count == 0)
            {
                continue;
            }

            foreach (var method in atObject.GetMethods(MemberFlags).Where(m => m.IsVirtual && !m.IsFinal))
            {
                if (candidates.Exists(c => c.Method.DeclaringType == atObject && c.Method.MetadataToken == method.MetadataToken))
                {
                    continue;
                }

                var slot = spec.Members.First(m => m.Kind is not (MemberKind.Override or MemberKind.SealedOverride) && m.MethodName == method.Name).Slot;
                candidates.AddRange(method.IsGenericMethodDefinition
                    ? slot.MethodArgs.Select(a => new SiteCandidate(method.MakeGenericMethod(hierarchy.ArgType(a)), slot, receivers))
                    : [new SiteCandidate(method, slot, receivers)]);
            }
        }

        return [.. candidates.Where(c => c.Receivers.Count > 0)];
    }
}
