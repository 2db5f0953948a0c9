using System.Reflection.Emit;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>A generated holder's two static fields: the site, and the delegate the caller reads.</summary>
internal sealed record HolderFields(FieldBuilder Site, FieldBuilder Target);
