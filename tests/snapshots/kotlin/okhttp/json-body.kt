import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val payload = "{\n  \"name\": \"Widget \\\"Deluxe\\\" it's 'quoted'\",\n  \"path\": \"C:\\\\temp\\\\new\",\n  \"shell\": \"\$HOME #{x} \${y} `z`\",\n  \"note\": \"line one\\nline two\\ttabbed\",\n  \"unicode\": \"café 中文 😀 \\u202e\\u200b\",\n  \"counts\": [\n    1,\n    -2,\n    1.5,\n    1.0,\n    12345678901234567890,\n    0\n  ],\n  \"flags\": [\n    true,\n    false,\n    null\n  ],\n  \"empty\": {\n    \"object\": {},\n    \"list\": []\n  }\n}"
    // Bytes, not a String: OkHttp would add "; charset=utf-8" to the content type.
    val body = RequestBody.create(MediaType.get("application/json"), payload.toByteArray())

    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/v1/widgets")
        .header("x-api-key", "{apiKey}")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
