package de.dortmund.miadoki.interpreting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dortmund.miadoki.interpreting.domain.PaymentOrder;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The payment run's SEPA file is valid against the ISO 20022 schema pain.001.001.09 and carries
 * exactly the transfers to an IBAN; the finance office's listing carries all, by cost centre.
 */
class SepaCreditTransferFileTest {

  static final String SCHEMA = "pain.001.001.09.xsd";

  private static final PaymentOrder ORDER =
      new PaymentOrder(
          "MIADOKI-DP-2026-11-4711",
          Instant.parse("2026-12-02T09:15:30.123Z"),
          LocalDate.of(2026, 12, 3),
          "Stadt Dortmund Kommunales Integrationszentrum",
          "DE89370400440532013000",
          null,
          List.of(
              new PaymentOrder.Transfer(
                  "DP-101",
                  "Олена Коваленко",
                  "Olena Kovalenko",
                  "DE02120300000000202051",
                  null,
                  new BigDecimal("45.00"),
                  "Dolmetscherpool Dortmund Abrechnung 2026-11 Nr 101",
                  List.of(
                      new PaymentOrder.Share("KST-51000", new BigDecimal("35.00")),
                      new PaymentOrder.Share("KST-50000", new BigDecimal("10.00")))),
              new PaymentOrder.Transfer(
                  "DP-102",
                  "Nguyễn Thị Hoa",
                  "Nguyen Thi Hoa",
                  "DE02500105170137075030",
                  "4711002",
                  new BigDecimal("1234.50"),
                  "Dolmetscherpool Dortmund Abrechnung 2026-11 Nr 102",
                  List.of(new PaymentOrder.Share("KST-51000", new BigDecimal("1234.50")))),
              // known to the finance office by a creditor number only: in the listing, not the file
              new PaymentOrder.Transfer(
                  "DP-103",
                  "Rojda Xelîl",
                  null,
                  null,
                  "4711003",
                  new BigDecimal("60.00"),
                  "Dolmetscherpool Dortmund Abrechnung 2026-11 Nr 103",
                  List.of(new PaymentOrder.Share("KST-50000", new BigDecimal("60.00"))))));

  /** The order with another bank of the city and other transfers. */
  private static PaymentOrder variant(String bic, List<PaymentOrder.Transfer> transfers) {
    return new PaymentOrder(
        ORDER.reference(),
        ORDER.createdAt(),
        ORDER.executionDate(),
        ORDER.payerName(),
        ORDER.payerIban(),
        bic,
        transfers);
  }

  /** Validates {@code xml} against the ISO 20022 schema; throws on the first error. */
  static void validate(byte[] xml) throws Exception {
    URL schema = SepaCreditTransferFileTest.class.getClassLoader().getResource(SCHEMA);
    assertThat(schema).as("the schema on the test class path").isNotNull();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator validator = factory.newSchema(schema).newValidator();
    validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> texts(Document doc, String element) {
    var nodes = doc.getElementsByTagNameNS(SepaCreditTransferFile.NAMESPACE, element);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> nodes.item(i).getTextContent())
        .toList();
  }

  @Test
  void theFileIsValidAgainstTheSchemaAndHoldsTheTransfersToAnIban() throws Exception {
    byte[] xml = SepaCreditTransferFile.xml(ORDER);
    validate(xml);

    Document doc = parse(xml);
    assertThat(texts(doc, "MsgId")).containsExactly("MIADOKI-DP-2026-11-4711");
    assertThat(texts(doc, "CreDtTm")).containsExactly("2026-12-02T10:15:30+01:00");
    assertThat(texts(doc, "NbOfTxs")).containsExactly("2", "2");
    assertThat(texts(doc, "CtrlSum")).containsExactly("1279.50", "1279.50");
    assertThat(texts(doc, "Dt")).containsExactly("2026-12-03");
    assertThat(texts(doc, "EndToEndId")).containsExactly("DP-101", "DP-102");
    assertThat(texts(doc, "InstdAmt")).containsExactly("45.00", "1234.50");
    // payer, then the payees by the names their banks keep
    assertThat(texts(doc, "Nm"))
        .containsExactly(
            "Stadt Dortmund Kommunales Integrationszentrum",
            "Stadt Dortmund Kommunales Integrationszentrum",
            "Olena Kovalenko",
            "Nguyen Thi Hoa");
    assertThat(texts(doc, "IBAN"))
        .containsExactly(
            "DE89370400440532013000", "DE02120300000000202051", "DE02500105170137075030");
    // no BIC given: the city's bank is "not provided", which German banks accept
    assertThat(texts(doc, "Id")).contains("NOTPROVIDED");
    assertThat(texts(doc, "BICFI")).isEmpty();
    assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("Xel");
  }

  @Test
  void aBicIsWrittenWhenTheRulesGiveOne() throws Exception {
    PaymentOrder withBic = variant("DORTDE33XXX", ORDER.transfers());
    byte[] xml = SepaCreditTransferFile.xml(withBic);
    validate(xml);
    assertThat(texts(parse(xml), "BICFI")).containsExactly("DORTDE33XXX");
  }

  @Test
  void theSchemaCheckCatchesABrokenFile() {
    // the same file with a negative amount and no message id: the check is real
    String broken =
        new String(SepaCreditTransferFile.xml(ORDER), StandardCharsets.UTF_8)
            .replace(">45.00<", ">-45.00<");
    assertThatThrownBy(() -> validate(broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class);
    String withoutId =
        new String(SepaCreditTransferFile.xml(ORDER), StandardCharsets.UTF_8)
            .replace("<MsgId>MIADOKI-DP-2026-11-4711</MsgId>", "");
    assertThatThrownBy(() -> validate(withoutId.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class);
  }

  @Test
  void anOrderWithoutIbansHasNoFile() {
    PaymentOrder creditorsOnly = variant(null, List.of(ORDER.transfers().get(2)));
    assertThatThrownBy(() -> SepaCreditTransferFile.xml(creditorsOnly))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theListingHasOneRowPerStatementAndCostCentreAddingUpToTheTransfers() {
    String csv =
        new String(PaymentListingFile.csv(ORDER, Locale.GERMAN), StandardCharsets.UTF_8)
            .replace("\uFEFF", "");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "Kreditorennummer;Zahlungsempfänger;IBAN;Betrag (EUR);Verwendungszweck;Kostenstelle;Referenz");
    assertThat(lines)
        .hasSize(5)
        .contains(
            ";Olena Kovalenko;DE02 1203 0000 0000 2020 51;35,00;"
                + "Dolmetscherpool Dortmund Abrechnung 2026-11 Nr 101;KST-51000;DP-101",
            ";Olena Kovalenko;DE02 1203 0000 0000 2020 51;10,00;"
                + "Dolmetscherpool Dortmund Abrechnung 2026-11 Nr 101;KST-50000;DP-101",
            "4711002;Nguyen Thi Hoa;DE02 5001 0517 0137 0750 30;1234,50;"
                + "Dolmetscherpool Dortmund Abrechnung 2026-11 Nr 102;KST-51000;DP-102",
            "4711003;Rojda Xelîl;;60,00;"
                + "Dolmetscherpool Dortmund Abrechnung 2026-11 Nr 103;KST-50000;DP-103");
    String english =
        new String(PaymentListingFile.csv(ORDER, Locale.ENGLISH), StandardCharsets.UTF_8);
    assertThat(english).contains("Creditor number;Payee;IBAN").contains("1234.50");
  }
}
