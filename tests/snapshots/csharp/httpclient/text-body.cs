using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

class Program
{
    // Mono's mcs (C# 7.0) has no async Main, so Main waits for the async work.
    static void Main()
    {
        SendAsync().GetAwaiter().GetResult();
    }

    static async Task SendAsync()
    {
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("PUT"), "https://api.example.com/notes/1"))
        {
            var payload = "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n";
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain; charset=utf-8");

            using (var response = await client.SendAsync(request))
            {
                Console.WriteLine((int)response.StatusCode);
                Console.WriteLine(await response.Content.ReadAsStringAsync());
                response.EnsureSuccessStatusCode();
            }
        }
    }
}
