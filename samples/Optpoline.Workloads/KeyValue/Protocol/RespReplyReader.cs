namespace Optpoline.Workloads.KeyValue.Protocol;

/// <summary>The client's side: finds where one reply ends, nested arrays included.</summary>
public static class RespReplyReader
{
    /// <summary>Returns the length of the first complete reply in <paramref name="input"/>, or 0 when it is not complete.</summary>
    /// <exception cref="RespProtocolException">The server sent something that is not RESP.</exception>
    public static int TryRead(ReadOnlySpan<byte> input)
    {
        var position = 0;
        return TrySkip(input, ref position) ? position : 0;
    }

    private static bool TrySkip(ReadOnlySpan<byte> input, ref int position)
    {
        if (position >= input.Length)
        {
            return false;
        }

        var kind = input[position];
        var line = input[(position + 1)..].IndexOf("\r\n"u8);
        if (line < 0)
        {
            return false;
        }

        var header = input.Slice(position + 1, line);
        position += line + 3;
        switch (kind)
        {
            case (byte)'+' or (byte)'-' or (byte)':':
                return true;
            case (byte)'$':
                var length = Number(header);
                if (length < 0)
                {
                    return true;
                }

                if (input.Length - position < length + 2)
                {
                    return false;
                }

                position += (int)length + 2;
                return true;
            case (byte)'*':
                var count = Number(header);
                for (var i = 0; i < count; i++)
                {
                    if (!TrySkip(input, ref position))
                    {
                        return false;
                    }
                }

                return true;
            default:
                throw new RespProtocolException($"unexpected reply type '{(char)kind}'");
        }
    }

    private static long Number(ReadOnlySpan<byte> digits) =>
        System.Buffers.Text.Utf8Parser.TryParse(digits, out long value, out var consumed) && consumed == digits.Length
            ? value
            : throw new RespProtocolException("invalid length in reply");
}
