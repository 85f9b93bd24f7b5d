package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Attachment types are told by content, contract sets that allow a code (001 一篇 第8条), and file names are cleaned. */
class AttachmentTypeTest {

    @Test
    void pdfPngAndJpegAreRecognisedByTheirLeadingBytes() {
        assertThat(AttachmentType.detect("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))).hasValue(AttachmentType.PDF);
        assertThat(AttachmentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .hasValue(AttachmentType.PNG);
        assertThat(AttachmentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}))
                .hasValue(AttachmentType.JPEG);
    }

    @Test
    void anExecutableAZipAnHtmlPageAndTruncatedHeadersAreNone() {
        assertThat(AttachmentType.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(AttachmentType.detect(new byte[] {'P', 'K', 3, 4})).isEmpty();
        assertThat(AttachmentType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentType.detect(new byte[0])).isEmpty();
        assertThat(AttachmentType.detect(null)).isEmpty();
    }

    @Test
    void aCodeNeedsSupplyAndQualityTogetherOrASalesOrVipAgreement() {
        assertThat(CustomerLifecycleService.contractsAllowCode(EnumSet.of(ContractKind.SUPPLY))).isFalse();
        assertThat(CustomerLifecycleService.contractsAllowCode(EnumSet.of(ContractKind.QUALITY))).isFalse();
        assertThat(CustomerLifecycleService.contractsAllowCode(EnumSet.of(ContractKind.SUPPLY, ContractKind.QUALITY)))
                .isTrue();
        assertThat(CustomerLifecycleService.contractsAllowCode(EnumSet.of(ContractKind.SALES_AGREEMENT))).isTrue();
        assertThat(CustomerLifecycleService.contractsAllowCode(EnumSet.of(ContractKind.VIP_AGREEMENT))).isTrue();
        assertThat(CustomerLifecycleService.contractsAllowCode(EnumSet.noneOf(ContractKind.class))).isFalse();
    }

    @Test
    void uploadedNamesLoseTheirPathAndControlCharacters() {
        assertThat(ContractService.cleanName("C:\\Users\\张伟\\合同.pdf")).isEqualTo("合同.pdf");
        assertThat(ContractService.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ContractService.cleanName("a\u0000b.pdf")).isEqualTo("ab.pdf");
        assertThat(ContractService.cleanName("  ")).isEqualTo("attachment");
        assertThat(ContractService.cleanName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }
}
