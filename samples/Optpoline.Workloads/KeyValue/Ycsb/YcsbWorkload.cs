namespace Optpoline.Workloads.KeyValue.Ycsb;

/// <summary>
/// A YCSB core workload: the record layout and the operation mix. Records are hashes of
/// <see cref="FieldCount"/> fields of <see cref="FieldLength"/> bytes, keyed <c>user&lt;hash&gt;</c>,
/// as YCSB's Redis binding stores them (HMSET to insert and update, HGETALL to read all fields).
/// </summary>
public sealed record YcsbWorkload(string Name, double ReadProportion, int RecordCount, int FieldCount = 10, int FieldLength = 100)
{
    /// <summary>Workload A, update heavy: 50 % reads, 50 % updates, zipfian.</summary>
    public static YcsbWorkload A(int records) => new("a", 0.5, records);

    /// <summary>Workload B, read mostly: 95 % reads, 5 % updates, zipfian.</summary>
    public static YcsbWorkload B(int records) => new("b", 0.95, records);

    /// <summary>YCSB's key for record <paramref name="number"/> (hashed insert order).</summary>
    public static string Key(long number) => "user" + ZipfianGenerator.Fnv64(number).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Field(int index) => "field" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
