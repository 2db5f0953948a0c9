namespace Optpoline.Workloads.KeyValue.Protocol;

/// <summary>
/// Parses client commands: <c>*&lt;count&gt;\r\n</c> followed by that many bulk strings,
/// <c>$&lt;length&gt;\r\n&lt;bytes&gt;\r\n</c>. A command split across reads is left for the next read.
/// </summary>
public static class RespParser
{
    private const int MaxArguments = 1 << 20;
    private const int MaxBulkLength = 512 << 20;

    /// <summary>
    /// Parses one command from <c>buffer[offset..offset+count]</c> into <paramref name="command"/>;
    /// returns the bytes it took, or 0 when the command is not complete yet.
    /// </summary>
    /// <exception cref="RespProtocolException">The bytes are not a RESP command.</exception>
    public static int TryParse(byte[] buffer, int offset, int count, RespCommand command)
    {
        var end = offset + count;
        var position = offset;
        if (position == end)
        {
            return 0;
        }

        if (buffer[position] != (byte)'*')
        {
            throw new RespProtocolException($"expected '*', got '{(char)buffer[position]}'");
        }

        position++;
        if (!TryReadNumber(buffer, ref position, end, out var arguments))
        {
            return 0;
        }

        if (arguments is <= 0 or > MaxArguments)
        {
            throw new RespProtocolException($"invalid multibulk length {arguments}");
        }

        command.Start(buffer);
        for (var i = 0; i < arguments; i++)
        {
            if (position == end)
            {
                return 0;
            }

            if (buffer[position] != (byte)'$')
            {
                throw new RespProtocolException($"expected '$', got '{(char)buffer[position]}'");
            }

            position++;
            if (!TryReadNumber(buffer, ref position, end, out var length))
            {
                return 0;
            }

            if (length is < 0 or > MaxBulkLength)
            {
                throw new RespProtocolException($"invalid bulk length {length}");
            }

            if (end - position < length + 2)
            {
                return 0;
            }

            if (buffer[position + (int)length] != (byte)'\r' || buffer[position + (int)length + 1] != (byte)'\n')
            {
                throw new RespProtocolException("bulk string not followed by CRLF");
            }

            command.Add(position, (int)length);
            position += (int)length + 2;
        }

        return position - offset;
    }

    /// <summary>Reads a decimal number ended by CRLF; false when the CRLF has not arrived.</summary>
    private static bool TryReadNumber(byte[] buffer, ref int position, int end, out long value)
    {
        value = 0;
        var negative = position < end && buffer[position] == (byte)'-';
        var i = negative ? position + 1 : position;
        var digits = 0;
        for (; i < end && buffer[i] != (byte)'\r'; i++, digits++)
        {
            var digit = buffer[i] - (byte)'0';
            if ((uint)digit > 9 || digits > 18)
            {
                throw new RespProtocolException("invalid number");
            }

            value = (value * 10) + digit;
        }

        if (i + 1 >= end)
        {
            return false;
        }

        if (digits == 0 || buffer[i + 1] != (byte)'\n')
        {
            throw new RespProtocolException("invalid number");
        }

        value = negative ? -value : value;
        position = i + 2;
        return true;
    }
}
