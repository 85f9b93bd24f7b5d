package com.keyaccount.portal.customer;

import java.io.InputStream;

/** An attachment being downloaded: its content (hash already verified) with the name and type to send it under. */
public record ContractDownload(String fileName, String contentType, long sizeBytes, InputStream content) {
}
