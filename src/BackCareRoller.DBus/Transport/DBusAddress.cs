using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace BackCareRoller.DBus.Transport;

/// <summary>
/// One server address of the D-Bus address format ("Server Addresses"): <c>transport:key=value,key=value</c>,
/// values percent-escaped. Only the <c>unix</c> transport with <c>path</c> or <c>abstract</c> can be connected to.
/// </summary>
public sealed class DBusAddress
{
    /// <summary>Where the system bus listens when <c>DBUS_SYSTEM_BUS_ADDRESS</c> is unset (spec: "Well-known Message Bus Instances").</summary>
    public const string DefaultSystemBus = "unix:path=/var/run/dbus/system_bus_socket";

    private DBusAddress(string transport, IReadOnlyDictionary<string, string> properties)
    {
        Transport = transport;
        Properties = properties;
    }

    /// <summary>Gets the transport name, such as <c>unix</c>.</summary>
    public string Transport { get; }

    /// <summary>Gets the unescaped key/value pairs.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>Gets the system bus address from the environment, or the default.</summary>
    /// <returns>The address list text.</returns>
    public static string SystemBusAddress()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS");
        return string.IsNullOrWhiteSpace(fromEnvironment) ? DefaultSystemBus : fromEnvironment;
    }

    /// <summary>Parses a ';'-separated list of addresses.</summary>
    /// <param name="addresses">Address list text.</param>
    /// <returns>The addresses, in the order they are to be tried.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="addresses"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid address list.</exception>
    public static IReadOnlyList<DBusAddress> ParseList(string addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var result = new List<DBusAddress>();
        foreach (var part in addresses.Split(';'))
        {
            if (part.Length > 0)
            {
                result.Add(Parse(part));
            }
        }

        return result.Count > 0 ? result : throw new FormatException("The D-Bus address list is empty.");
    }

    /// <summary>Parses one address.</summary>
    /// <param name="address">Address text, such as <c>unix:path=/run/dbus/system_bus_socket</c>.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid address.</exception>
    public static DBusAddress Parse(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var colon = address.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new FormatException($"D-Bus address \"{address}\" has no transport name before ':'.");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = address[(colon + 1)..];
        foreach (var pair in rest.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"D-Bus address \"{address}\": \"{pair}\" is not key=value.");
            }

            var key = pair[..equals];
            if (!properties.TryAdd(key, Unescape(pair[(equals + 1)..], address)))
            {
                throw new FormatException($"D-Bus address \"{address}\" repeats the key \"{key}\".");
            }
        }

        return new DBusAddress(address[..colon], properties);
    }

    /// <summary>Returns the socket endpoint of a <c>unix:path=</c> or <c>unix:abstract=</c> address.</summary>
    /// <returns>The endpoint.</returns>
    /// <exception cref="NotSupportedException">The address uses another transport or form.</exception>
    public UnixDomainSocketEndPoint ToEndPoint()
    {
        if (Transport != "unix")
        {
            throw new NotSupportedException($"D-Bus transport \"{Transport}\" is not supported; only unix sockets are.");
        }

        if (Properties.TryGetValue("path", out var path))
        {
            return new UnixDomainSocketEndPoint(path);
        }

        // Linux abstract sockets: a name starting with NUL, no file on disk.
        if (Properties.TryGetValue("abstract", out var name))
        {
            return new UnixDomainSocketEndPoint("\0" + name);
        }

        throw new NotSupportedException("A unix D-Bus address needs path= or abstract= to connect to.");
    }

    private static string Unescape(string value, string address)
    {
        if (!value.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '%')
            {
                bytes.Add((byte)value[i]);
                continue;
            }

            if (i + 2 >= value.Length || !byte.TryParse(value.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                throw new FormatException($"D-Bus address \"{address}\" has a bad %-escape.");
            }

            bytes.Add(b);
            i += 2;
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
