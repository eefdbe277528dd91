using System.Text.Json;
using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>The security log: JSON lines with the real client, never bodies, credentials, cookies or query strings.</summary>
public class AccessLogTests(DefaultGateway fixture) : IClassFixture<DefaultGateway>
{
    [Fact]
    public async Task Log_IsJsonLines_WithoutBodyCredentialsCookiesOrQuery()
    {
        var marker = Guid.NewGuid().ToString("N");
        await fixture.SendAsync(RawHttps.Request("POST", $"/api/app/login?password=QUERY-{marker}", [$"Authorization: Bearer AUTH-{marker}", $"Cookie: CSPSESSIONID=COOKIE-{marker}", $"User-Agent: agent-{marker}"], $"{{\"password\":\"BODY-{marker}\"}}"));
        await fixture.SendAsync(RawHttps.Get($"/csp/sys/UtilHome.csp?token=QUERY-{marker}", $"Cookie: x=COOKIE-{marker}"));
        await fixture.SendAsync(RawHttps.Get("/app/\"quoted\"/\\x", $"User-Agent: \"injected\": {marker}"));

        var lines = await File.ReadAllLinesAsync(fixture.Gateway.AccessLogPath);
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var mine = entries.Where(e => e.GetProperty("user_agent").GetString()?.Contains(marker, StringComparison.Ordinal) == true || e.GetProperty("path").GetString()!.StartsWith("/csp/sys", StringComparison.Ordinal)).ToList();

        Assert.True(mine.Count >= 2);
        var text = string.Join('\n', lines);
        Assert.DoesNotContain($"BODY-{marker}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"AUTH-{marker}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"COOKIE-{marker}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"QUERY-{marker}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_RecordsWhoDidWhat()
    {
        var agent = "agent-" + Guid.NewGuid().ToString("N");
        await fixture.SendAsync(RawHttps.Get("/app/%41bc?x=1", $"User-Agent: {agent}", "X-Forwarded-For: 6.6.6.6"));

        var entry = (await File.ReadAllLinesAsync(fixture.Gateway.AccessLogPath))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("user_agent").GetString() == agent);

        Assert.Equal("127.0.0.1", entry.GetProperty("client").GetString());
        Assert.Equal("GET", entry.GetProperty("method").GetString());
        Assert.Equal("/app/Abc", entry.GetProperty("path").GetString());
        Assert.Equal(200, entry.GetProperty("status").GetInt32());
        Assert.True(entry.GetProperty("bytes").GetInt32() > 0);
        Assert.Equal("6.6.6.6", entry.GetProperty("x_forwarded_for").GetString());
        Assert.Matches("^[0-9a-f]{32}$", entry.GetProperty("request_id").GetString()!);
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("time").GetString()));
    }
}
