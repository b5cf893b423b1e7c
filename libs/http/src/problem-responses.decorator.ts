import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

class FieldProblemDto {
  @ApiProperty({ example: 'creditCode' }) field: string;
  @ApiProperty({ example: 'isCreditCode' }) code: string;
  @ApiProperty({ example: '统一社会信用代码无效（18 位，含校验位）' }) message: string;
}

export class ProblemDto {
  @ApiProperty({ example: 'https://duijie.example/problems/validation-failed' }) type: string;
  @ApiProperty({ example: 'Some fields are invalid; see the marked fields' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: '提交的内容有误，请检查标出的字段' }) detail: string;
  @ApiProperty({ example: '/api/v1/organizations' }) instance: string;
  @ApiProperty({ type: [FieldProblemDto], required: false }) errors?: FieldProblemDto[];
}

/** Documents the problem+json answers a route can give. */
export const ProblemResponses = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: 'RFC 9457 problem details',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
