using Optpoline.Workloads.KeyValue.Storage;

namespace Optpoline.Workloads.KeyValue.Commands;

/// <summary>Finding the hash a hash command works on.</summary>
internal static class HashLookup
{
    /// <summary>
    /// Finds the hash at <paramref name="key"/> (null when the key is missing); false, with the error
    /// replied, when the key holds something else.
    /// </summary>
    public static bool TryFind(CommandContext context, string key, out HashValue? hash)
    {
        hash = null;
        if (!context.Keyspace.TryGet(key, out var value))
        {
            return true;
        }

        hash = value as HashValue;
        if (hash is null)
        {
            context.Reply.WriteError(Errors.WrongType);
            return false;
        }

        return true;
    }
}
