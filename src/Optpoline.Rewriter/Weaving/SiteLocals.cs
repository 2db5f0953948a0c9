using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// The locals that sites woven inline into one method use to hold a call's receiver and arguments
/// (and the site's published delegate) on their way to the delegate. A local is live only from the
/// stores just before a site's delegate call to the loads just after, so sites of one method share
/// them by type: a method with many sites gets a few locals, not a few per site.
/// </summary>
internal sealed class SiteLocals(MethodBody body)
{
    private readonly Dictionary<string, List<VariableDefinition>> _byType = [];

    /// <summary>One local per type, in order; distinct locals for repeated types.</summary>
    public VariableDefinition[] For(IEnumerable<TypeReference> types)
    {
        var taken = new Dictionary<string, int>();
        return types.Select(type =>
        {
            var key = type.FullName + "|" + type.Scope?.Name;
            var index = taken.GetValueOrDefault(key);
            taken[key] = index + 1;
            if (!_byType.TryGetValue(key, out var locals))
            {
                _byType[key] = locals = [];
            }

            while (locals.Count <= index)
            {
                var local = new VariableDefinition(type);
                body.Variables.Add(local);
                locals.Add(local);
            }

            return locals[index];
        }).ToArray();
    }
}
