using System.Diagnostics;

namespace IrisStack.Components.Tests.ApiGateway;

/// <summary>Runs Lua patterns through the real LuaJIT (Debian package luajit, installed by scripts/install-test-deps).</summary>
internal static class LuaJit
{
    // Reads "pattern<TAB>subject" lines; prints per line 1 (match), 0 (no match) or "error: <lstrlib message>".
    private const string Script = """
        for line in io.lines(arg[1]) do
          local pattern, subject = line:match("^(.-)\t(.*)$")
          local ok, result = pcall(string.match, subject, pattern)
          if not ok then print("error: " .. tostring(result)) elseif result then print("1") else print("0") end
        end
        """;

    /// <summary>For each (pattern, subject): "1", "0" or "error: …" from LuaJIT's string.match, the call Kong's match validators make.</summary>
    public static IReadOnlyList<string> Match(IReadOnlyList<(string Pattern, string Subject)> cases)
    {
        var folder = Directory.CreateTempSubdirectory("irisstack-luajit-");
        try
        {
            var script = Path.Combine(folder.FullName, "match.lua");
            var input = Path.Combine(folder.FullName, "cases.txt");
            File.WriteAllText(script, Script);
            File.WriteAllText(input, string.Concat(cases.Select(c => $"{c.Pattern}\t{c.Subject}\n")));
            var start = new ProcessStartInfo("luajit") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(input);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("luajit did not start; run scripts/install-test-deps.");
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"luajit failed: {errors}");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("luajit is not installed; run scripts/install-test-deps (it installs the Debian package luajit).", e);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
