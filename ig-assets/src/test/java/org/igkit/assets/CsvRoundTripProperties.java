package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing CSV and reading it back gives the same rows, for generated text full of the awkward characters. */
class CsvRoundTripProperties {
    private static final String AWKWARD = ",\"\r\n ;'\t\\é€\u2028";
    private static final String[] WORDS = {"HMRC", "payroll", "health", "pension fund", "staff", "residents"};

    static Stream<Long> seeds() {
        return LongStream.range(0, 2000).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyTableReadsBackAsWritten(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> rows = new ArrayList<>();
        int columns = 1 + random.nextInt(6);
        int count = random.nextInt(8);
        for (int r = 0; r < count; r++) {
            int width = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : columns;
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(text(random));
            }
            rows.add(row);
        }
        assertThat(Csv.parse(Csv.write(rows))).isEqualTo(rows);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyRopaExportReadsBackAsItsRows(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<InformationAsset> assets = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            assets.add(asset(random, i));
        }
        RecordOfProcessing ropa = RecordOfProcessing.of(
                Organisation.of(text(random) + "Council", "Town Hall, " + text(random)).withDpo(text(random)),
                assets);

        assertThat(Csv.parse(ropa.controllerCsv())).isEqualTo(ropa.controllerSheet().toTable());
        assertThat(Csv.parse(ropa.processorCsv())).isEqualTo(ropa.processorSheet().toTable());
        assertThat(ropa.controllerSheet().rows().size() + ropa.processorSheet().rows().size()).isEqualTo(count);
    }

    private static InformationAsset asset(SplittableRandom random, int index) {
        boolean processor = random.nextBoolean();
        return InformationAsset.builder(AssetId.of("A-" + index), "x" + text(random))
                .description(text(random))
                .businessArea("b" + text(random))
                .assetOwner("o" + text(random))
                .dataOwner("d" + text(random))
                .personalData(true)
                .role(processor ? ProcessingRole.PROCESSOR : ProcessingRole.CONTROLLER)
                .controllers("c" + text(random))
                .dataSubjectCategories("s" + text(random), "t" + text(random))
                .personalDataCategories("p" + text(random))
                .purposes("u" + text(random))
                .lawfulBases(LawfulBasis.values()[1 + random.nextInt(5)])
                .recipients("r" + text(random))
                .transfers(InternationalTransfer.to("n" + text(random), TransferSafeguard.EXCEPTION)
                        .withDocumentation(random.nextBoolean() ? null : "k" + text(random)))
                .securityMeasures(text(random))
                .retention(RetentionReference.of("S" + random.nextInt(9), "e" + text(random)))
                .reviewDate(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700)))
                .build();
    }

    private static String text(SplittableRandom random) {
        int length = random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            if (pick < 4) {
                text.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
            } else if (pick < 6) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
            } else {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
