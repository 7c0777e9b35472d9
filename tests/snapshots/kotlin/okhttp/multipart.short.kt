val body = MultipartBody.Builder()
    .setType(MultipartBody.FORM)
    .addFormDataPart("description", "Q3 report; it's \"final\", 100% & done\nsecond line é")
    .addFormDataPart(
        "report", "report.pdf",
        RequestBody.create(MediaType.get("application/pdf"), File("{reportPath}"))
    )
    .addFormDataPart(
        "logo", "{logoPath}",
        RequestBody.create(MediaType.get("application/octet-stream"), File("{logoPath}"))
    )
    .addFormDataPart("note", "")
    .build()

val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/v1/upload?dryRun")
    .header("accept", "application/json")
    .post(body)
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
