using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.example.com/ids"))
{
    var payload = @"{
      ""id"": 9007199254740993,
      ""ratio"": 2.0,
      ""__proto__"": ""kept""
    }";
    request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
    request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
