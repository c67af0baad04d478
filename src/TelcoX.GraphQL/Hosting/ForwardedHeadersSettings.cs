using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace TelcoX.GraphQL.Hosting;

/// <summary>
/// The "ForwardedHeaders" section. Only the listed proxies are believed (loopback when none is
/// listed): a client reaching Kestrel directly could otherwise claim any address or scheme.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    public bool Enabled { get; set; }
    /// <summary>Proxy addresses, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];
    /// <summary>Proxy networks in CIDR notation, e.g. "172.30.77.0/24" (a compose network).</summary>
    public string[] KnownNetworks { get; set; } = [];
    /// <summary>How many proxies in a row to unwrap from X-Forwarded-For.</summary>
    public int ForwardLimit { get; set; } = 1;

    public void Apply(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = ForwardLimit;
        foreach (var proxy in KnownProxies)
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in KnownNetworks)
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }
}
