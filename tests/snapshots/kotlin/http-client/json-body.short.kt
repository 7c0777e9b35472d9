val payload = "{\n  \"name\": \"Widget \\\"Deluxe\\\" it's 'quoted'\",\n  \"path\": \"C:\\\\temp\\\\new\",\n  \"shell\": \"\$HOME #{x} \${y} `z`\",\n  \"note\": \"line one\\nline two\\ttabbed\",\n  \"unicode\": \"café 中文 😀 \\u202e\\u200b\",\n  \"counts\": [\n    1,\n    -2,\n    1.5,\n    1.0,\n    12345678901234567890,\n    0\n  ],\n  \"flags\": [\n    true,\n    false,\n    null\n  ],\n  \"empty\": {\n    \"object\": {},\n    \"list\": []\n  }\n}"

val client = HttpClient.newHttpClient()
val request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/widgets"))
    .header("x-api-key", "{apiKey}")
    .header("Content-Type", "application/json")
    .POST(HttpRequest.BodyPublishers.ofString(payload))
    .build()

val response = client.send(request, HttpResponse.BodyHandlers.ofString())
println(response.statusCode())
println(response.body())
