using System.Reflection;

namespace Optpoline.Tests.Differential;

/// <summary>
/// Finds every call site a C# program could have over a hierarchy: for each concrete receiver, each
/// slot-introducing public method of its generated base classes and interfaces (as the receiver
/// sees them, so generic ones closed), each generic virtual method at its chosen instantiations,
/// and <see cref="object.ToString"/> over every receiver.
/// </summary>
internal static class SiteFinder
{
    public static List<SiteCandidate> Find(EmittedHierarchy hierarchy)
    {
        var found = new Dictionary<(Type, int), (MethodInfo Method, SlotSpec Slot, List<Type> Receivers)>();
        foreach (var receiver in hierarchy.Receivers)
        {
            var declaring = new List<Type>();
            for (var type = receiver; type is not null && hierarchy.SpecOf(type) is not null; type = type.BaseType)
            {
                declaring.Add(type);
            }

            declaring.AddRange(receiver.GetInterfaces().Where(i => hierarchy.SpecOf(i) is not null));
            foreach (var type in declaring)
            {
                var spec = hierarchy.SpecOf(type)!;
                foreach (var method in type.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.Instance))
                {
                    if (!method.IsVirtual || method.IsFinal || (!type.IsInterface && !method.Attributes.HasFlag(MethodAttributes.NewSlot)))
                    {
                        continue;
                    }

                    var key = (type, method.MetadataToken);
                    if (!found.TryGetValue(key, out var site))
                    {
                        var slot = spec.Members.First(m => m.Kind is not (MemberKind.Override or MemberKind.SealedOverride) && m.MethodName == method.Name).Slot;
                        found[key] = site = (method, slot, []);
                    }

                    site.Receivers.Add(receiver);
                }
            }
        }

        var sites = new List<SiteCandidate>();
        foreach (var (method, slot, receivers) in found.Values)
        {
            if (method.IsGenericMethodDefinition)
            {
                sites.AddRange(slot.MethodArgs.Select(a => new SiteCandidate(method.MakeGenericMethod(hierarchy.ArgType(a)), slot, receivers)));
            }
            else
            {
                sites.Add(new SiteCandidate(method, slot, receivers));
            }
        }

        if (hierarchy.Receivers.Count > 0)
        {
            sites.Add(new SiteCandidate(typeof(object).GetMethod(nameof(ToString), Type.EmptyTypes)!, ObjectSlots.ToStringSlot, hierarchy.Receivers));
        }
        return sites;
    }
}
