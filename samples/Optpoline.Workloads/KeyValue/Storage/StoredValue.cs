using Optpoline.Workloads.KeyValue.Protocol;

namespace Optpoline.Workloads.KeyValue.Storage;

/// <summary>A value in the keyspace. Like Redis, a string that is a number is kept as one (<see cref="IntegerValue"/>).</summary>
public abstract class StoredValue
{
    /// <summary>The type the TYPE command reports.</summary>
    public abstract string TypeName { get; }

    /// <summary>Approximate bytes the value holds, for the server's memory accounting.</summary>
    public abstract long MemoryUsage { get; }

    /// <summary>Writes the value as GET returns it; false for a value that is not a string.</summary>
    public abstract bool TryWriteString(RespWriter reply);

    /// <summary>Adds the value to a checksum of the keyspace.</summary>
    public abstract void AddTo(ref Fnv1a checksum);
}
